namespace QaBot.Discord.Messages;

/// <summary>A button (component type 2). Label at most 80 characters, custom id at most 100.</summary>
/// <param name="Style">Its colour; <see cref="ButtonStyle.Link"/> buttons take <paramref name="Url"/> instead of a custom id.</param>
/// <param name="Label">The text on the button.</param>
/// <param name="CustomId">What comes back in the interaction when it is clicked.</param>
/// <param name="Url">The address a link button opens.</param>
/// <param name="Disabled">Greyed out when true.</param>
public sealed record Button(ButtonStyle Style, string Label, string? CustomId = null, string? Url = null, bool? Disabled = null)
{
    /// <summary>The component type: always 2 (button).</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public int Type { get; init; } = 2;
}
