namespace QaBot.Core.Duplicates;

/// <summary>When two articles count as the same story.</summary>
public sealed record DuplicateOptions
{
    /// <summary>
    /// Estimated Jaccard similarity of word bigrams at or above which two articles are one story (default 0.25).
    /// Unrelated articles on one topic score below 0.06; a sloppy machine rewrite of a story still scores
    /// above 0.35.
    /// </summary>
    public double Threshold { get; init; } = 0.25;

    /// <summary>LSH bands of <see cref="MinHasher.SignatureLength"/> / bands rows each (default 42, so 3 rows).</summary>
    public int Bands { get; init; } = 42;
}
