using System.Text.Json;

namespace QaBot.Discord.Interactions;

/// <summary>One option of a slash command as the user filled it in.</summary>
/// <param name="Name">The option name.</param>
/// <param name="Type">The option type (3 = string).</param>
/// <param name="Value">The value: a JSON string, number or boolean.</param>
public sealed record InteractionDataOption(string Name, ApplicationCommandOptionType Type, JsonElement? Value = null)
{
    /// <summary>The value as text when it is a JSON string, otherwise null.</summary>
    public string? StringValue => Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
}
