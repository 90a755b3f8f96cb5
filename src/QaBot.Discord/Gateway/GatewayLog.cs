using Microsoft.Extensions.Logging;

namespace QaBot.Discord.Gateway;

internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Gateway connecting to {Host} (shard {ShardId}/{ShardCount}, {Mode})")]
    public static partial void Connecting(this ILogger logger, string host, int shardId, int shardCount, string mode);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Gateway ready as {UserName} ({UserId}), session established")]
    public static partial void Ready(this ILogger logger, string userName, string userId);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Gateway session resumed at sequence {Sequence}")]
    public static partial void Resumed(this ILogger logger, int? sequence);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Gateway connection ended ({Reason}); next: {Next}")]
    public static partial void ConnectionEnded(this ILogger logger, string reason, ConnectionNext next);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Gateway reconnecting in {DelayMs} ms")]
    public static partial void ReconnectDelay(this ILogger logger, double delayMs);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "Gateway heartbeat not acknowledged: connection is a zombie, reconnecting")]
    public static partial void Zombie(this ILogger logger);

    [LoggerMessage(EventId = 106, Level = LogLevel.Critical, Message = "Gateway stopped for good: {Reason}")]
    public static partial void Fatal(this ILogger logger, string reason);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "Gateway connection failed")]
    public static partial void ConnectFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 108, Level = LogLevel.Debug, Message = "Gateway heartbeat sent (seq {Sequence})")]
    public static partial void HeartbeatSent(this ILogger logger, int? sequence);

    [LoggerMessage(EventId = 109, Level = LogLevel.Warning, Message = "Gateway payload could not be read and was skipped")]
    public static partial void BadPayload(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 110, Level = LogLevel.Information, Message = "Gateway stopped")]
    public static partial void Stopped(this ILogger logger);
}
