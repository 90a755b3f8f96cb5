using Microsoft.Extensions.Logging;

namespace QaBot.Bot.Hosting;

internal static partial class BotLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Discord bot starting: gateway {GatewayUrl}, {Shards} recommended shard(s), {Remaining} session starts left")]
    public static partial void Starting(this ILogger logger, string gatewayUrl, int shards, int remaining);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Slash commands registered ({Scope})")]
    public static partial void CommandsRegistered(this ILogger logger, string scope);

    [LoggerMessage(EventId = 302, Level = LogLevel.Error, Message = "Slash command registration failed; mentions and DMs still work")]
    public static partial void CommandsFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 303, Level = LogLevel.Information, Message = "Answered {Kind} {Id} in {ElapsedMs} ms")]
    public static partial void Answered(this ILogger logger, string kind, string id, double elapsedMs);

    [LoggerMessage(EventId = 304, Level = LogLevel.Debug, Message = "Skipped {Kind} {Id}: already handled (replayed after a resume?)")]
    public static partial void Duplicate(this ILogger logger, string kind, string id);

    [LoggerMessage(EventId = 305, Level = LogLevel.Error, Message = "Handling dispatch {Name} failed")]
    public static partial void DispatchFailed(this ILogger logger, string name, Exception exception);

    [LoggerMessage(EventId = 306, Level = LogLevel.Critical, Message = "Discord gateway stopped for good: {Reason}")]
    public static partial void GatewayFatal(this ILogger logger, string reason);

    [LoggerMessage(EventId = 307, Level = LogLevel.Warning, Message = "The answer index is unavailable: {Reason}")]
    public static partial void IndexUnavailable(this ILogger logger, string reason);

    [LoggerMessage(EventId = 308, Level = LogLevel.Information, Message = "Reindex by {UserId}: {Summary}")]
    public static partial void Reindexed(this ILogger logger, string userId, string summary);

    [LoggerMessage(EventId = 309, Level = LogLevel.Error, Message = "Reindex failed")]
    public static partial void ReindexFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 310, Level = LogLevel.Warning, Message = "No session starts left; waiting {WaitMs} ms before connecting")]
    public static partial void SessionStartsExhausted(this ILogger logger, double waitMs);

    [LoggerMessage(EventId = 311, Level = LogLevel.Information, Message = "Discord bot stopping: closing the gateway and finishing {InFlight} in-flight replies")]
    public static partial void Stopping(this ILogger logger, int inFlight);

    [LoggerMessage(EventId = 312, Level = LogLevel.Information, Message = "Discord bot stopped")]
    public static partial void Stopped(this ILogger logger);
}
