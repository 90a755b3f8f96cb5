namespace QaBot.Discord.Messages;

/// <summary>A row of up to five buttons (component type 1).</summary>
public sealed record ActionRow(IReadOnlyList<Button> Components)
{
    /// <summary>The component type: always 1 (action row).</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public int Type { get; init; } = 1;
}
