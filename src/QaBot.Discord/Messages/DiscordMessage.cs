using QaBot.Discord.Users;

namespace QaBot.Discord.Messages;

/// <summary>A message as received from the gateway or returned by REST (only the fields this client reads).</summary>
/// <param name="Id">The message id.</param>
/// <param name="ChannelId">The channel it was posted in.</param>
/// <param name="GuildId">The guild, or null (or empty) for a direct message.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Content">The text (empty without the MESSAGE_CONTENT intent, except in DMs and messages that mention the bot).</param>
/// <param name="Type">The message type: 0 default, 19 reply.</param>
/// <param name="WebhookId">Set when a webhook (including an interaction response) posted it.</param>
/// <param name="Mentions">Users mentioned in the message.</param>
/// <param name="MessageReference">What this message replies to, if anything.</param>
/// <param name="Embeds">The message's embeds.</param>
/// <param name="Components">The message's components (action rows).</param>
public sealed record DiscordMessage(
    string Id,
    string ChannelId,
    string? GuildId,
    DiscordUser Author,
    string Content,
    int Type = 0,
    string? WebhookId = null,
    IReadOnlyList<DiscordUser>? Mentions = null,
    MessageReference? MessageReference = null,
    IReadOnlyList<Embed>? Embeds = null,
    IReadOnlyList<ActionRow>? Components = null)
{
    /// <summary>True when the message was sent in a direct message channel.</summary>
    public bool IsDirectMessage => string.IsNullOrEmpty(GuildId);
}
