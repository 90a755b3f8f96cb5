namespace QaBot.Discord.Messages;

/// <summary>The body of a message edit (PATCH of a channel message or of an interaction's original response).</summary>
/// <param name="Content">New text, at most 2000 characters; null leaves it unchanged.</param>
/// <param name="Embeds">New embeds; null leaves them unchanged, empty removes them.</param>
/// <param name="AllowedMentions">Who may be pinged by the new text.</param>
/// <param name="Components">New components; null leaves them unchanged, empty removes them.</param>
public sealed record MessageEdit(
    string? Content = null,
    IReadOnlyList<Embed>? Embeds = null,
    AllowedMentions? AllowedMentions = null,
    IReadOnlyList<ActionRow>? Components = null);
