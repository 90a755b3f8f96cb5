namespace QaBot.Discord.Rest;

/// <summary>How the REST client reaches Discord and how patient it is.</summary>
public sealed class DiscordRestOptions
{
    /// <summary>The API base URL. Default https://discord.com/api/v10 (tests point it at a local server).</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>The bot token (without the "Bot " prefix). Required. Never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>The User-Agent Discord requires: "DiscordBot (url, version)". Default "DiscordBot (https://github.com/qabot/qabot, 1.0)".</summary>
    public string UserAgent { get; set; } = "DiscordBot (https://github.com/qabot/qabot, 1.0)";

    /// <summary>How many times a 5xx answer is retried before the call fails. Default 3.</summary>
    public int MaxServerErrorRetries { get; set; } = 3;

    /// <summary>The wait before the first 5xx retry, doubled for each further one. Default 1 s.</summary>
    public TimeSpan ServerErrorRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many 429s one call waits out before it fails. Default 5.</summary>
    public int MaxRateLimitRetries { get; set; } = 5;

    /// <summary>The bot-wide request rate kept below Discord's global limit. Default 50 per second.</summary>
    public int GlobalRequestsPerSecond { get; set; } = 50;
}
