namespace QaBot.Discord.Gateway;

/// <summary>Gateway intents: which events Discord sends. Only the ones this client names; others can be OR-ed in as numbers.</summary>
[Flags]
public enum GatewayIntents
{
    /// <summary>No events beyond the ones every connection gets.</summary>
    None = 0,

    /// <summary>Guild create/update/delete and channels.</summary>
    Guilds = 1 << 0,

    /// <summary>Messages in guild channels.</summary>
    GuildMessages = 1 << 9,

    /// <summary>Messages in direct messages.</summary>
    DirectMessages = 1 << 12,

    /// <summary>
    /// Privileged: message content in guild messages that do not mention the bot. Must be enabled in the
    /// developer portal, or the gateway closes with 4014.
    /// </summary>
    MessageContent = 1 << 15,
}
