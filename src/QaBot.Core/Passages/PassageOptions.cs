namespace QaBot.Core.Passages;

/// <summary>How articles are cut into passages.</summary>
public sealed record PassageOptions
{
    /// <summary>A passage is closed once it has at least this many words (default 40).</summary>
    public int MinWords { get; init; } = 40;

    /// <summary>Paragraphs are not merged past this many words (default 120); a longer paragraph is cut between sentences.</summary>
    public int MaxWords { get; init; } = 120;
}
