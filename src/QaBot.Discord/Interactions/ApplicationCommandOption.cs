namespace QaBot.Discord.Interactions;

/// <summary>One option of a slash command definition.</summary>
/// <param name="Type">The option type.</param>
/// <param name="Name">1-32 lower-case characters.</param>
/// <param name="Description">1-100 characters.</param>
/// <param name="Required">Whether the user must fill it in.</param>
/// <param name="MaxLength">For strings: the longest accepted value (up to 6000).</param>
public sealed record ApplicationCommandOption(
    ApplicationCommandOptionType Type,
    string Name,
    string Description,
    bool? Required = null,
    int? MaxLength = null);
