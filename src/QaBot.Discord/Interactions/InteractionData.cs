namespace QaBot.Discord.Interactions;

/// <summary>The data of a command or component interaction.</summary>
/// <param name="Id">The command id (commands).</param>
/// <param name="Name">The command name (commands).</param>
/// <param name="Options">The options the user filled in (commands).</param>
/// <param name="CustomId">The clicked component's custom id (components).</param>
/// <param name="ComponentType">2 for a button (components).</param>
public sealed record InteractionData(
    string? Id = null,
    string? Name = null,
    IReadOnlyList<InteractionDataOption>? Options = null,
    string? CustomId = null,
    int? ComponentType = null);
