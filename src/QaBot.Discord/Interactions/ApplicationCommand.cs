namespace QaBot.Discord.Interactions;

/// <summary>A slash command definition (request) or registered command (response).</summary>
/// <param name="Name">1-32 lower-case characters.</param>
/// <param name="Description">1-100 characters.</param>
/// <param name="Options">Up to 25 options.</param>
/// <param name="Id">Set by Discord in responses.</param>
/// <param name="DefaultMemberPermissions">Permission bit set needed to see the command by default, as a string; null for everyone.</param>
public sealed record ApplicationCommand(
    string Name,
    string Description,
    IReadOnlyList<ApplicationCommandOption>? Options = null,
    string? Id = null,
    string? DefaultMemberPermissions = null);
