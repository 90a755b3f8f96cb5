using Microsoft.Extensions.Logging;

namespace QaBot.Discord.Rest;

internal static partial class RestLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Discord rate limited {Route} (scope {Scope}, global {Global}); waiting {RetryAfterMs} ms")]
    public static partial void RateLimited(this ILogger logger, string route, string scope, bool global, double retryAfterMs);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Discord answered {Route} with {Status}; retry {Attempt} in {DelayMs} ms")]
    public static partial void ServerErrorRetry(this ILogger logger, string route, int status, int attempt, double delayMs);

    [LoggerMessage(EventId = 202, Level = LogLevel.Debug, Message = "{Route} answered {Status}")]
    public static partial void Answered(this ILogger logger, string route, int status);
}
