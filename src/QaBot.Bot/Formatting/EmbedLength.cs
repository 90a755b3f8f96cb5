using QaBot.Discord.Messages;

namespace QaBot.Bot.Formatting;

/// <summary>Counts an embed the way Discord does for its 6000-character total: title, description, field names and values, footer.</summary>
internal static class EmbedLength
{
    public static int Of(Embed embed) =>
        (embed.Title?.Length ?? 0)
        + (embed.Description?.Length ?? 0)
        + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0)
        + (embed.Footer?.Text.Length ?? 0);

    public static int Of(IEnumerable<Embed> embeds) => embeds.Sum(Of);
}
