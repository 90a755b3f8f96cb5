using QaBot.Discord.Messages;

namespace QaBot.Discord.Interactions;

/// <summary>The message part of an interaction response or follow-up.</summary>
/// <param name="Content">Text, at most 2000 characters.</param>
/// <param name="Embeds">Up to 10 embeds, 6000 characters in all.</param>
/// <param name="AllowedMentions">Who may be pinged.</param>
/// <param name="Components">Up to 5 action rows.</param>
/// <param name="Flags"><see cref="MessageFlags.Ephemeral"/> shows it only to the invoking user.</param>
public sealed record InteractionCallbackData(
    string? Content = null,
    IReadOnlyList<Embed>? Embeds = null,
    AllowedMentions? AllowedMentions = null,
    IReadOnlyList<ActionRow>? Components = null,
    MessageFlags? Flags = null);
