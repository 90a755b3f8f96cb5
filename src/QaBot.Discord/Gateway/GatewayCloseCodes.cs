namespace QaBot.Discord.Gateway;

/// <summary>What each gateway close code means for the client (topics/opcodes-and-status-codes).</summary>
internal static class GatewayCloseCodes
{
    public const int AuthenticationFailed = 4004;
    public const int InvalidSeq = 4007;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    /// <summary>The code this client closes with when it wants to resume (anything but 1000/1001 keeps the session).</summary>
    public const int ReconnectRequested = 4900;

    /// <summary>The explanation for a code after which the client must not reconnect, or null when reconnecting is right.</summary>
    public static string? FatalReason(int code) => code switch
    {
        AuthenticationFailed => "Discord rejected the bot token (gateway close 4004). Check the token and restart.",
        InvalidShard => "Discord rejected the shard id/count (gateway close 4010). Check ShardId and ShardCount.",
        ShardingRequired => "Discord requires sharding for this bot (gateway close 4011). Raise ShardCount and run more shards.",
        InvalidApiVersion => "Discord rejected the gateway API version (gateway close 4012).",
        InvalidIntents => "Discord rejected the intents as invalid (gateway close 4013).",
        DisallowedIntents => "A requested intent is privileged and not enabled for this application (gateway close 4014). Enable it in the developer portal or stop requesting it.",
        _ => null,
    };

    /// <summary>True when the session cannot be resumed after this code and a fresh IDENTIFY is needed.</summary>
    public static bool RequiresNewSession(int code) => code is InvalidSeq or SessionTimedOut;
}
