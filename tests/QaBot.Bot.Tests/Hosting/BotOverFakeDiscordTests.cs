using QaBot.Bot.Tests.Support;
using QaBot.Discord.Tests.Fakes;

namespace QaBot.Bot.Tests.Hosting;

/// <summary>The whole bot against the scripted gateway and REST fakes: what the emulator cannot do (resume, shutdown timing).</summary>
public sealed class BotOverFakeDiscordTests : IAsyncLifetime
{
    private const string BotId = "100";
    private FakeGatewayServer _gateway = null!;
    private FakeRestServer _rest = null!;
    private readonly ScriptedAnswerService _answers = new();

    public async Task InitializeAsync()
    {
        _gateway = await FakeGatewayServer.StartAsync();
        _rest = await FakeRestServer.StartAsync();
        _rest.Handler = r => r switch
        {
            { Path: "gateway/bot" } => FakeResponse.Json($$$"""{"url":"{{{_gateway.Url}}}","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":0,"max_concurrency":1}}"""),
            { Method: "PUT" } => FakeResponse.Json("[]"),
            _ => FakeResponse.Json($$"""{"id":"9{{r.Path.Length}}","channel_id":"500","author":{"id":"{{BotId}}","username":"QaBot","bot":true},"content":""}"""),
        };
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task Resume_ReplaysAnAnsweredMessage_ItIsAnsweredExactlyOnce()
    {
        await using var host = await StartBotAsync();
        var first = await ReadyAsync();
        await first.DispatchAsync("MESSAGE_CREATE", Message("1", "<@100> who won the cup?"));
        await WaitForRepliesAsync(1);

        await first.SendOpAsync(7);
        var second = await _gateway.NextConnectionAsync("the resume");
        var resume = (await second.ExpectAsync(6)).GetProperty("d");
        Assert.Equal(2, resume.GetProperty("seq").GetInt32());
        // The server replays from an older point: message 1 again, then a new one.
        await second.DispatchAsync("MESSAGE_CREATE", Message("1", "<@100> who won the cup?"), sequence: 2);
        await second.DispatchAsync("MESSAGE_CREATE", Message("2", "<@100> and the final score?", author: "701"), sequence: 3);
        await second.DispatchAsync("RESUMED", new { }, sequence: 4);
        await WaitForRepliesAsync(2);
        await Task.Delay(300);

        var replies = Replies();
        Assert.Equal(["1", "2"], replies.Select(r => r.Json.GetProperty("message_reference").GetProperty("message_id").GetString()));
        Assert.Equal(2, _answers.Asked.Count);
        await host.StopAsync();
    }

    [Fact]
    public async Task Messages_FromItselfOrOtherBotsOrWebhooks_AreIgnored()
    {
        await using var host = await StartBotAsync();
        var connection = await ReadyAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", Message("1", "<@100> me?", author: BotId, bot: true));
        await connection.DispatchAsync("MESSAGE_CREATE", Message("2", "<@100> other bot?", author: "800", bot: true));
        await connection.DispatchAsync("MESSAGE_CREATE", new { id = "3", channel_id = "500", guild_id = "600", webhook_id = "5", author = new { id = "801", username = "hook" }, content = "<@100> hook?", type = 0 });
        await connection.DispatchAsync("MESSAGE_CREATE", Message("4", "no mention at all"));
        await connection.DispatchAsync("MESSAGE_CREATE", Message("5", "<@!100> a person asks"));
        await WaitForRepliesAsync(1);
        await Task.Delay(300);

        var reply = Assert.Single(Replies());
        Assert.Equal("5", reply.Json.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Equal(["a person asks"], _answers.Asked.Select(a => a.Question));
        await host.StopAsync();
    }

    [Fact]
    public async Task Cooldown_SecondQuestionTooSoon_GetsAPoliteNoteNotAnAnswer()
    {
        await using var host = await StartBotAsync(new Dictionary<string, string?> { ["Discord:UserCooldown"] = "00:01:00" });
        var connection = await ReadyAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", Message("1", "<@100> first?"));
        await WaitForRepliesAsync(1);
        await connection.DispatchAsync("MESSAGE_CREATE", Message("2", "<@100> second?"));
        await WaitForRepliesAsync(2);

        var note = Replies()[1].Json;
        Assert.StartsWith("You're asking a bit fast", note.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("""{"parse":[]}""", note.GetProperty("allowed_mentions").GetRawText());
        Assert.Single(_answers.Asked);
        await host.StopAsync();
    }

    [Fact]
    public async Task Stop_WithAReplyInFlight_ClosesTheGatewayWith1000AndStillSendsTheReply()
    {
        using var gate = new ManualResetEventSlim(false);
        _answers.Gate = gate;
        await using var host = await StartBotAsync();
        var connection = await ReadyAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", Message("1", "<@100> who won?"));
        await Eventually.True(() => _answers.Asked.Count == 1, "the answer to start");

        var stopping = host.StopAsync();
        Assert.Equal(1000, await connection.Closed.WithTimeout("the gateway to close"));
        Assert.Empty(Replies());
        gate.Set();
        await stopping.WithTimeout("the host to stop");

        Assert.Single(Replies());
    }

    [Fact]
    public async Task Start_IdentifiesWithConfiguredShardAndNonPrivilegedIntents_RegistersCommandsGlobally()
    {
        await using var host = await StartBotAsync(new Dictionary<string, string?> { ["Discord:ShardId"] = "1", ["Discord:ShardCount"] = "3" });

        var connection = await _gateway.NextConnectionAsync();
        var identify = (await connection.ExpectAsync(2)).GetProperty("d");
        await connection.SendReadyAsync("s", _gateway.ResumeUrl.ToString(), BotId, BotId);
        await _rest.WaitForRequestsAsync(2, "the command registration");

        Assert.Equal([1, 3], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(0, identify.GetProperty("intents").GetInt32() & (1 << 15));
        var put = Assert.Single(_rest.Requests, r => r.Method == "PUT");
        Assert.Equal("applications/100/commands", put.Path);
        Assert.Empty(OpenApiSchemaValidator.Discord.ValidateRequest("/applications/{application_id}/commands", "put", put.Json));
        Assert.Equal(["ask", "reindex"], put.Json.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        await host.StopAsync();
    }

    private Task<HostLease> StartBotAsync(IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?> { ["Discord:UserCooldown"] = "00:00:00" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return BotHost.StartAsync(_rest.BaseUrl, "fake-token", _answers, new FakeReindexer(), values);
    }

    private async Task<FakeGatewayConnection> ReadyAsync()
    {
        var connection = await _gateway.NextConnectionAsync();
        await connection.ExpectAsync(2);
        await connection.SendReadyAsync("session-1", _gateway.ResumeUrl.ToString(), BotId, BotId);
        return connection;
    }

    private RecordedRequest[] Replies() =>
        _rest.Requests.Where(r => r.Method == "POST" && r.Path == "channels/500/messages").ToArray();

    private Task WaitForRepliesAsync(int count) =>
        Eventually.True(() => Replies().Length >= count, $"{count} replies");

    private static object Message(string id, string content, string author = "700", bool bot = false) => new
    {
        id,
        channel_id = "500",
        guild_id = "600",
        author = new { id = author, username = "u" + author, bot },
        content,
        type = 0,
        mentions = Array.Empty<object>(),
    };
}
