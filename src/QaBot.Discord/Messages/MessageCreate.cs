namespace QaBot.Discord.Messages;

/// <summary>The body of POST /channels/{id}/messages.</summary>
/// <param name="Content">Text, at most 2000 characters.</param>
/// <param name="Embeds">Up to 10 embeds, 6000 characters in all.</param>
/// <param name="AllowedMentions">Who may be pinged; use <see cref="Messages.AllowedMentions.None"/> for text you do not control.</param>
/// <param name="MessageReference">Makes the message a reply.</param>
/// <param name="Components">Up to 5 action rows.</param>
public sealed record MessageCreate(
    string? Content = null,
    IReadOnlyList<Embed>? Embeds = null,
    AllowedMentions? AllowedMentions = null,
    MessageReference? MessageReference = null,
    IReadOnlyList<ActionRow>? Components = null);
