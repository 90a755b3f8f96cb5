namespace QaBot.Bot.Configuration;

/// <summary>The Discord front end's settings, bound from the <c>Discord</c> section (environment: <c>QABOT_Discord__*</c>).</summary>
public sealed class DiscordBotOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Discord";

    /// <summary>
    /// The bot token. Required, and only from the environment (<c>QABOT_Discord__Token</c>): a token in a
    /// settings file is refused at start. Never logged.
    /// </summary>
    public string Token { get; set; } = "";

    /// <summary>The REST API base URL. Default https://discord.com/api/v10. The gateway URL comes from GET /gateway/bot.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>Guild channel ids the bot answers in. Empty (the default) means every channel it can see.</summary>
    public IList<string> AllowedChannelIds { get; } = new List<string>();

    /// <summary>Whether the bot answers direct messages. Default true.</summary>
    public bool AnswerDirectMessages { get; set; } = true;

    /// <summary>The least time between two questions of one user; faster questions get a polite note. Default 5 s; zero turns it off.</summary>
    public TimeSpan UserCooldown { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Role ids whose members may run /reindex. Default none.</summary>
    public IList<string> AdminRoleIds { get; } = new List<string>();

    /// <summary>User ids that may run /reindex. Default none.</summary>
    public IList<string> AdminUserIds { get; } = new List<string>();

    /// <summary>This process's shard id. Default 0.</summary>
    public int ShardId { get; set; }

    /// <summary>The total number of shards. Default 1.</summary>
    public int ShardCount { get; set; } = 1;

    /// <summary>
    /// A guild to register the slash commands in (they appear at once there). Default null: register them
    /// globally.
    /// </summary>
    public string? CommandGuildId { get; set; }

    /// <summary>Passages shown per reply; "More" shows the next ones. Default 2, at most 5.</summary>
    public int PassagesPerPage { get; set; } = 2;

    /// <summary>
    /// How long a slash command may take before the bot defers (type 5) and edits the answer in later.
    /// Default 1.5 s; Discord's hard limit for the first response is 3 s.
    /// </summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>How many questions are answered at once; further dispatches wait. Default 8.</summary>
    public int MaxConcurrentQuestions { get; set; } = 8;
}
