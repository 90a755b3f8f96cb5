namespace QaBot.Discord.Messages;

/// <summary>A rich embed. Discord limits: title 256, description 4096, 25 fields, footer 2048, 6000 in all embeds of a message.</summary>
public sealed record Embed(
    string? Title = null,
    string? Description = null,
    string? Url = null,
    int? Color = null,
    IReadOnlyList<EmbedField>? Fields = null,
    EmbedFooter? Footer = null);
