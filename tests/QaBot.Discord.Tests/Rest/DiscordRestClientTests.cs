using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using QaBot.Discord.Interactions;
using QaBot.Discord.Messages;
using QaBot.Discord.Rest;
using QaBot.Discord.Tests.Fakes;

namespace QaBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests : IAsyncLifetime, IDisposable
{
    private const string MessageJson = """{"id":"900","channel_id":"500","author":{"id":"100","username":"QaBot","bot":true},"content":"ok"}""";

    private readonly RecordingTimeProvider _time = new();
    private readonly HttpClient _http = new();
    private FakeRestServer _server = null!;
    private DiscordRestClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeRestServer.StartAsync(_time);
        _server.Handler = _ => FakeResponse.Json(MessageJson);
        _client = new DiscordRestClient(
            _http,
            new DiscordRestOptions { ApiBaseUrl = _server.BaseUrl, Token = "test-token" },
            _time,
            NullLogger<DiscordRestClient>.Instance);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task CreateMessage_SendsBotAuthorizationUserAgentAndSnakeCaseBody()
    {
        var message = new MessageCreate(
            Content: "hello @everyone",
            AllowedMentions: AllowedMentions.None,
            MessageReference: new MessageReference("42", FailIfNotExists: false),
            Components: [new ActionRow([new Button(ButtonStyle.Secondary, "More", "more:1:abc")])]);

        var created = await _client.CreateMessageAsync("500", message, CancellationToken.None);

        Assert.Equal("900", created.Id);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "channels/500/messages"), (request.Method, request.Path));
        Assert.Equal("Bot test-token", request.Header("Authorization"));
        Assert.StartsWith("DiscordBot (", request.Header("User-Agent"), StringComparison.Ordinal);
        Assert.Equal(
            """{"content":"hello @everyone","allowed_mentions":{"parse":[]},"message_reference":{"message_id":"42","fail_if_not_exists":false},"components":[{"type":1,"components":[{"type":2,"style":2,"label":"More","custom_id":"more:1:abc"}]}]}""",
            request.Body);
    }

    [Fact]
    public async Task InteractionCallback_CarriesNoBotAuthorization()
    {
        _server.Handler = _ => FakeResponse.NoContent();

        await _client.CreateInteractionResponseAsync("77", "tok-en", new InteractionResponse(InteractionResponseType.DeferredChannelMessageWithSource), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "interactions/77/tok-en/callback", """{"type":5}"""), (request.Method, request.Path, request.Body));
        Assert.Null(request.Header("Authorization"));
    }

    [Fact]
    public async Task Endpoints_UseDiscordsMethodsAndPaths()
    {
        _server.Handler = r => r.Path switch
        {
            "gateway/bot" => FakeResponse.Json("""{"url":"wss://gw","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":1,"max_concurrency":1}}"""),
            "users/@me" => FakeResponse.Json("""{"id":"100","username":"QaBot","bot":true}"""),
            _ when r.Path.EndsWith("/commands", StringComparison.Ordinal) => FakeResponse.Json("""[{"id":"1","name":"ask","description":"Ask"}]"""),
            _ => FakeResponse.Json(MessageJson),
        };
        ApplicationCommand[] commands = [new("ask", "Ask")];

        var gateway = await _client.GetGatewayBotAsync(CancellationToken.None);
        var me = await _client.GetCurrentUserAsync(CancellationToken.None);
        await _client.EditMessageAsync("500", "900", new MessageEdit("x"), CancellationToken.None);
        var global = await _client.BulkOverwriteGlobalCommandsAsync("100", commands, CancellationToken.None);
        await _client.BulkOverwriteGuildCommandsAsync("100", "600", commands, CancellationToken.None);
        await _client.EditOriginalInteractionResponseAsync("100", "tok", new MessageEdit("x"), CancellationToken.None);
        await _client.CreateFollowupMessageAsync("100", "tok", new InteractionCallbackData("x"), CancellationToken.None);

        Assert.Equal(("wss://gw", 1, 1), (gateway.Url, gateway.Shards, gateway.SessionStartLimit.MaxConcurrency));
        Assert.Equal(("100", true), (me.Id, me.IsBot));
        Assert.Equal("1", Assert.Single(global).Id);
        Assert.Equal(
            [
                "GET gateway/bot",
                "GET users/@me",
                "PATCH channels/500/messages/900",
                "PUT applications/100/commands",
                "PUT applications/100/guilds/600/commands",
                "PATCH webhooks/100/tok/messages/@original",
                "POST webhooks/100/tok",
            ],
            _server.Requests.Select(r => r.Method + " " + r.Path));
    }

    [Fact]
    public async Task Bucket_RemainingZero_NextCallWaitsExactlyResetAfter_OtherChannelDoesNot()
    {
        _server.Handler = _ => Limited(remaining: 0, resetAfter: "2.5");
        await _client.CreateMessageAsync("500", new MessageCreate("a"), CancellationToken.None);

        var sameChannel = _client.CreateMessageAsync("500", new MessageCreate("b"), CancellationToken.None);
        await _time.WaitForTimerAsync(TimeSpan.FromMilliseconds(2_500));
        await _client.CreateMessageAsync("501", new MessageCreate("c"), CancellationToken.None).WithTimeout("a call to another channel");
        Assert.False(sameChannel.IsCompleted);
        Assert.Equal(2, _server.Requests.Count);
        _time.Advance(TimeSpan.FromMilliseconds(2_500));
        await sameChannel.WithTimeout("the call after the reset");

        var requests = _server.Requests;
        Assert.Equal(["a", "c", "b"], requests.Select(r => r.Json.GetProperty("content").GetString()));
        Assert.Equal(TimeSpan.FromMilliseconds(2_500), requests[2].FakeTime - requests[0].FakeTime);
    }

    [Fact]
    public async Task TooManyRequests_UserScope_WaitsExactlyRetryAfterThenRetries_OtherRoutesUnaffected()
    {
        var calls = 0;
        _server.Handler = r => r.Path == "users/@me"
            ? FakeResponse.Json("""{"id":"100","username":"QaBot"}""")
            : Interlocked.Increment(ref calls) == 1
                ? TooMany("1.25", global: false, scope: "user")
                : FakeResponse.Json(MessageJson);

        var call = _client.CreateMessageAsync("500", new MessageCreate("a"), CancellationToken.None);
        await _time.WaitForTimerAsync(TimeSpan.FromMilliseconds(1_250));
        await _client.GetCurrentUserAsync(CancellationToken.None).WithTimeout("a call on another route");
        Assert.False(call.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1_249));
        await Task.Delay(50);
        Assert.Equal(2, _server.Requests.Count);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await call.WithTimeout("the retried call");

        var posts = _server.Requests.Where(r => r.Method == "POST").ToArray();
        Assert.Equal(2, posts.Length);
        Assert.Equal(TimeSpan.FromMilliseconds(1_250), posts[1].FakeTime - posts[0].FakeTime);
    }

    [Fact]
    public async Task TooManyRequests_Global_HoldsEveryRouteForRetryAfter()
    {
        var calls = 0;
        _server.Handler = r => r.Path == "users/@me"
            ? FakeResponse.Json("""{"id":"100","username":"QaBot"}""")
            : Interlocked.Increment(ref calls) == 1
                ? TooMany("0.75", global: true, scope: "global")
                : FakeResponse.Json(MessageJson);

        var call = _client.CreateMessageAsync("500", new MessageCreate("a"), CancellationToken.None);
        await _time.WaitForTimerAsync(TimeSpan.FromMilliseconds(750));
        var other = _client.GetCurrentUserAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(other.IsCompleted);
        Assert.Single(_server.Requests);
        _time.Advance(TimeSpan.FromMilliseconds(750));
        await Task.WhenAll(call, other).WithTimeout("both calls after the global wait");

        var requests = _server.Requests;
        Assert.All(requests.Skip(1), r => Assert.Equal(TimeSpan.FromMilliseconds(750), r.FakeTime - requests[0].FakeTime));
    }

    [Fact]
    public async Task TooManyRequests_SharedScope_WaitsRetryAfterThenSucceeds()
    {
        var calls = 0;
        _server.Handler = _ => Interlocked.Increment(ref calls) == 1 ? TooMany("3", global: false, scope: "shared") : FakeResponse.Json(MessageJson);

        var call = _client.CreateMessageAsync("500", new MessageCreate("a"), CancellationToken.None);
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        _time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal("900", (await call.WithTimeout("the call after the shared limit")).Id);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task ServerErrors_BurstShorterThanRetries_RetriedWithDoublingDelaysThenSucceeds()
    {
        var statuses = new Queue<int>([502, 503]);
        _server.Handler = _ => statuses.TryDequeue(out var status) ? new FakeResponse(status) : FakeResponse.Json(MessageJson);

        var call = _client.CreateMessageAsync("500", new MessageCreate("a"), CancellationToken.None);
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        _time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal("900", (await call.WithTimeout("the call after the 5xx burst")).Id);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task ServerErrors_PastTheRetryLimit_FailsAfterOnePlusThreeAttempts()
    {
        _server.Handler = _ => new FakeResponse(500, """{"message":"boom","code":0}""");

        var call = _client.CreateMessageAsync("500", new MessageCreate("a"), CancellationToken.None);
        foreach (var seconds in new[] { 1, 2, 4 })
        {
            await _time.WaitForTimerAsync(TimeSpan.FromSeconds(seconds));
            _time.Advance(TimeSpan.FromSeconds(seconds));
        }

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => call.WithTimeout("the call to fail"));
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task GlobalRate_PastTheConfiguredRequestsPerSecond_WaitsForTheOldestToAgeOut()
    {
        var client = new DiscordRestClient(
            _http,
            new DiscordRestOptions { ApiBaseUrl = _server.BaseUrl, Token = "test-token", GlobalRequestsPerSecond = 3 },
            _time,
            NullLogger<DiscordRestClient>.Instance);
        for (var i = 0; i < 3; i++)
        {
            await client.CreateMessageAsync("50" + i, new MessageCreate("x"), CancellationToken.None);
        }

        var fourth = client.CreateMessageAsync("509", new MessageCreate("x"), CancellationToken.None);
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(3, _server.Requests.Count);
        _time.Advance(TimeSpan.FromSeconds(1));
        await fourth.WithTimeout("the fourth call after a second");

        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task InteractionCallbacks_AreNotCountedAgainstTheGlobalRate()
    {
        var client = new DiscordRestClient(
            _http,
            new DiscordRestOptions { ApiBaseUrl = _server.BaseUrl, Token = "test-token", GlobalRequestsPerSecond = 1 },
            _time,
            NullLogger<DiscordRestClient>.Instance);
        _server.Handler = _ => FakeResponse.NoContent();

        for (var i = 0; i < 3; i++)
        {
            await client.CreateInteractionResponseAsync("7" + i, "t", new InteractionResponse(InteractionResponseType.DeferredUpdateMessage), CancellationToken.None).WithTimeout("a callback");
        }

        Assert.Equal(3, _server.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task ClientErrors_FailAtOnceWithoutRetry(int status)
    {
        _server.Handler = _ => new FakeResponse(status, """{"message":"Invalid Form Body","code":50035,"errors":{"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH"}]}}}""");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => _client.CreateMessageAsync("500", new MessageCreate("a"), CancellationToken.None));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(50035, error.ErrorCode);
        Assert.Contains("BASE_TYPE_MAX_LENGTH", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
        Assert.DoesNotContain(_time.DueTimes, t => t > TimeSpan.Zero && t != Timeout.InfiniteTimeSpan);
    }

    private static FakeResponse Limited(int remaining, string resetAfter) => new(
        200,
        MessageJson,
        new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = remaining.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset-After"] = resetAfter,
            ["X-RateLimit-Bucket"] = "messages-bucket",
        });

    private static FakeResponse TooMany(string retryAfter, bool global, string scope) => new(
        429,
        $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter}},"global":{{(global ? "true" : "false")}}}""",
        new Dictionary<string, string>
        {
            ["Retry-After"] = "1",
            ["X-RateLimit-Scope"] = scope,
            ["X-RateLimit-Global"] = global ? "true" : "false",
        });
}
