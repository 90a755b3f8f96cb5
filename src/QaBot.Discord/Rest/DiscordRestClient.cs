using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using QaBot.Discord.Api;
using QaBot.Discord.Interactions;
using QaBot.Discord.Messages;
using QaBot.Discord.Users;

namespace QaBot.Discord.Rest;

/// <summary>
/// The Discord REST calls a bot needs, over one <see cref="HttpClient"/>. Rate limits are read from the
/// headers and honoured per bucket; 429s are waited out (global and shared scopes included); other 4xx
/// fail at once without a retry; 5xx are retried a bounded number of times.
/// </summary>
public sealed class DiscordRestClient
{

    private readonly HttpClient _http;
    private readonly DiscordRestOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly RestRateLimiter _limiter;
    private readonly Uri _baseUrl;

    /// <param name="httpClient">The one client all calls go through (owned by the caller).</param>
    /// <param name="options">Base URL, token and retry limits.</param>
    /// <param name="timeProvider">The clock for rate-limit and retry waits.</param>
    /// <param name="logger">Where rate limits and retries are reported. The token is never logged.</param>
    public DiscordRestClient(HttpClient httpClient, DiscordRestOptions options, TimeProvider timeProvider, ILogger<DiscordRestClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Token, nameof(options));
        _http = httpClient;
        _options = options;
        _time = timeProvider;
        _logger = logger;
        _limiter = new RestRateLimiter(timeProvider, options.GlobalRequestsPerSecond);
        var baseText = options.ApiBaseUrl.ToString();
        _baseUrl = new Uri(baseText.EndsWith('/') ? baseText : baseText + "/");
    }

    /// <summary>GET /gateway/bot: the gateway URL, recommended shards and session start limit.</summary>
    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(new RestRoute(HttpMethod.Get, "gateway/bot", "gateway/bot", ""), null, DiscordJsonContext.Default.GatewayBotInfo, cancellationToken);

    /// <summary>GET /users/@me: the bot's own user.</summary>
    public Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken) =>
        SendAsync(new RestRoute(HttpMethod.Get, "users/@me", "users/@me", ""), null, DiscordJsonContext.Default.DiscordUser, cancellationToken);

    /// <summary>POST /channels/{channel}/messages.</summary>
    public Task<DiscordMessage> CreateMessageAsync(string channelId, MessageCreate message, CancellationToken cancellationToken) =>
        SendAsync(
            new RestRoute(HttpMethod.Post, $"channels/{Escape(channelId)}/messages", "channels/{channel}/messages", channelId),
            Serialize(message, DiscordJsonContext.Default.MessageCreate),
            DiscordJsonContext.Default.DiscordMessage,
            cancellationToken);

    /// <summary>PATCH /channels/{channel}/messages/{message}.</summary>
    public Task<DiscordMessage> EditMessageAsync(string channelId, string messageId, MessageEdit edit, CancellationToken cancellationToken) =>
        SendAsync(
            new RestRoute(HttpMethod.Patch, $"channels/{Escape(channelId)}/messages/{Escape(messageId)}", "channels/{channel}/messages/{message}", channelId),
            Serialize(edit, DiscordJsonContext.Default.MessageEdit),
            DiscordJsonContext.Default.DiscordMessage,
            cancellationToken);

    /// <summary>PUT /applications/{application}/commands: replaces all global commands.</summary>
    public async Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(string applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        await SendAsync(
            new RestRoute(HttpMethod.Put, $"applications/{Escape(applicationId)}/commands", "applications/{application}/commands", applicationId),
            Serialize(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand),
            DiscordJsonContext.Default.ApplicationCommandArray,
            cancellationToken).ConfigureAwait(false);

    /// <summary>PUT /applications/{application}/guilds/{guild}/commands: replaces one guild's commands (they appear at once).</summary>
    public async Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(string applicationId, string guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        await SendAsync(
            new RestRoute(HttpMethod.Put, $"applications/{Escape(applicationId)}/guilds/{Escape(guildId)}/commands", "applications/{application}/guilds/{guild}/commands", guildId),
            Serialize(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand),
            DiscordJsonContext.Default.ApplicationCommandArray,
            cancellationToken).ConfigureAwait(false);

    /// <summary>POST /interactions/{id}/{token}/callback: the first answer to an interaction (within 3 s).</summary>
    public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken) =>
        SendCoreAsync(
            new RestRoute(HttpMethod.Post, $"interactions/{Escape(interactionId)}/{Escape(interactionToken)}/callback", "interactions/{interaction}/{token}/callback", interactionId, Authenticated: false),
            Serialize(response, DiscordJsonContext.Default.InteractionResponse),
            cancellationToken);

    /// <summary>PATCH /webhooks/{application}/{token}/messages/@original: edits (or, after a deferral, fills in) the first answer.</summary>
    public Task<DiscordMessage> EditOriginalInteractionResponseAsync(string applicationId, string interactionToken, MessageEdit edit, CancellationToken cancellationToken) =>
        SendAsync(
            new RestRoute(HttpMethod.Patch, $"webhooks/{Escape(applicationId)}/{Escape(interactionToken)}/messages/@original", "webhooks/{application}/{token}/messages/@original", applicationId + "/" + interactionToken, Authenticated: false),
            Serialize(edit, DiscordJsonContext.Default.MessageEdit),
            DiscordJsonContext.Default.DiscordMessage,
            cancellationToken);

    /// <summary>POST /webhooks/{application}/{token}: a follow-up message to an interaction (for 15 minutes).</summary>
    public Task<DiscordMessage> CreateFollowupMessageAsync(string applicationId, string interactionToken, InteractionCallbackData message, CancellationToken cancellationToken) =>
        SendAsync(
            new RestRoute(HttpMethod.Post, $"webhooks/{Escape(applicationId)}/{Escape(interactionToken)}", "webhooks/{application}/{token}", applicationId + "/" + interactionToken, Authenticated: false),
            Serialize(message, DiscordJsonContext.Default.InteractionCallbackData),
            DiscordJsonContext.Default.DiscordMessage,
            cancellationToken);

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    private async Task<T> SendAsync<T>(RestRoute route, byte[]? body, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        var bytes = await SendCoreAsync(route, body, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Deserialize(bytes, responseType)
            ?? throw new DiscordRestException(HttpStatusCode.OK, null, route.Key, "the response body was empty");
    }

    private async Task<byte[]> SendCoreAsync(RestRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        var bucket = _limiter.BucketFor(route);
        await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var serverErrors = 0;
            var rateLimits = 0;
            while (true)
            {
                await _limiter.WaitTurnAsync(route, bucket, cancellationToken).ConfigureAwait(false);
                using var request = CreateRequest(route, body);
                using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var headers = RateLimitHeaders.Parse(response.Headers);
                _limiter.Update(route, bucket, headers);
                var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                _logger.Answered(route.Key, status);

                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var limited = TryRead(content, DiscordJsonContext.Default.RateLimitedResponse);
                    var (retryAfter, global) = _limiter.OnRateLimited(bucket, headers, limited);
                    _logger.RateLimited(route.Key, headers.Scope ?? (global ? "global" : "user"), global, retryAfter.TotalMilliseconds);
                    if (++rateLimits > _options.MaxRateLimitRetries)
                    {
                        throw Failure(route, response.StatusCode, content);
                    }

                    continue;
                }

                if (status >= 500)
                {
                    if (++serverErrors > _options.MaxServerErrorRetries)
                    {
                        throw Failure(route, response.StatusCode, content);
                    }

                    var delay = _options.ServerErrorRetryDelay * Math.Pow(2, serverErrors - 1);
                    _logger.ServerErrorRetry(route.Key, status, serverErrors, delay.TotalMilliseconds);
                    await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    // 4xx means the request is wrong: retrying would only add to the invalid-request count.
                    throw Failure(route, response.StatusCode, content);
                }

                return content;
            }
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    private HttpRequestMessage CreateRequest(RestRoute route, byte[]? body)
    {
        var request = new HttpRequestMessage(route.Method, new Uri(_baseUrl, route.Path));
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        if (route.Authenticated)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bot " + _options.Token);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        return request;
    }

    private static DiscordRestException Failure(RestRoute route, HttpStatusCode status, byte[] content)
    {
        var error = TryRead(content, DiscordJsonContext.Default.DiscordErrorResponse);
        var detail = error?.Message ?? "no error message";
        if (error?.Errors is { ValueKind: JsonValueKind.Object } errors)
        {
            detail += " " + errors.GetRawText();
        }

        return new DiscordRestException(status, error?.Code, route.Key, detail);
    }

    private static T? TryRead<T>(byte[] content, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (content.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(content, typeInfo);
        }
        catch (JsonException)
        {
            // An error body that is not Discord's JSON (a proxy's HTML page) still fails the call, just without details.
            return null;
        }
    }
}
