using QaBot.Discord.Interactions;
using QaBot.Discord.Messages;

namespace QaBot.Bot.Formatting;

/// <summary>A reply built within Discord's limits, ready to go out as a message, an interaction response or an edit. Always pings no one.</summary>
internal sealed record FormattedReply(string? Content, IReadOnlyList<Embed> Embeds, IReadOnlyList<ActionRow> Components)
{
    public static FormattedReply Text(string text) => new(TextTrimmer.Trim(text, DiscordLimits.Content), [], []);

    public MessageCreate ToMessageCreate(MessageReference? replyTo) =>
        new(Content, Embeds, AllowedMentions.None, replyTo, Components);

    public InteractionCallbackData ToCallbackData(bool ephemeral = false) =>
        new(Content, Embeds, AllowedMentions.None, Components, ephemeral ? MessageFlags.Ephemeral : null);

    /// <summary>An edit that replaces everything (empty lists clear old embeds and buttons).</summary>
    public MessageEdit ToMessageEdit() => new(Content ?? "", Embeds, AllowedMentions.None, Components);
}
