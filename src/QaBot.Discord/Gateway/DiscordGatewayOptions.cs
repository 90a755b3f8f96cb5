namespace QaBot.Discord.Gateway;

/// <summary>How the gateway client connects and identifies.</summary>
public sealed class DiscordGatewayOptions
{
    /// <summary>The bot token (without the "Bot " prefix). Required. Never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>The intents sent in IDENTIFY. Default: Guilds | GuildMessages | DirectMessages (no privileged intent).</summary>
    public GatewayIntents Intents { get; set; } = GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages;

    /// <summary>This connection's shard id, sent in IDENTIFY as shard[0]. Default 0.</summary>
    public int ShardId { get; set; }

    /// <summary>The total number of shards, sent in IDENTIFY as shard[1]. Default 1.</summary>
    public int ShardCount { get; set; } = 1;

    /// <summary>
    /// How many dispatches may wait for the consumer. When full, the receive loop waits (nothing is dropped).
    /// Default 1024.
    /// </summary>
    public int DispatchQueueCapacity { get; set; } = 1024;

    /// <summary>The first reconnect delay after a failed connection, doubled per further failure. Default 1 s.</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The cap on the reconnect delay. Default 60 s.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long to wait for the socket to open and HELLO to arrive. Default 30 s.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The least time between two IDENTIFYs (Discord allows one per 5 s per concurrency bucket). Default 5 s.</summary>
    public TimeSpan IdentifyInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The User-Agent sent on the WebSocket upgrade. Default "DiscordBot (https://github.com/qabot/qabot, 1.0)".</summary>
    public string UserAgent { get; set; } = "DiscordBot (https://github.com/qabot/qabot, 1.0)";

    /// <summary>The browser and device name sent in IDENTIFY properties. Default "QaBot.Discord".</summary>
    public string LibraryName { get; set; } = "QaBot.Discord";
}
