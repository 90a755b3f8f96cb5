namespace QaBot.Core.Indexing;

/// <summary>The distinct terms of a piece of text, as <see cref="Analysis.TermHash"/> values with how often each occurs.</summary>
/// <param name="Hashes">The term hashes, in first-occurrence order.</param>
/// <param name="Counts">How often each occurs (at most 255).</param>
public sealed record TermCounts(uint[] Hashes, byte[] Counts)
{
    public static TermCounts Empty { get; } = new([], []);

    public static TermCounts Of(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var order = new List<uint>();
        var counts = new Dictionary<uint, int>();
        foreach (var term in terms)
        {
            var hash = Analysis.TermHash.Of(term);
            if (counts.TryGetValue(hash, out var count))
            {
                counts[hash] = count + 1;
            }
            else
            {
                counts[hash] = 1;
                order.Add(hash);
            }
        }

        return new TermCounts([.. order], [.. order.Select(h => (byte)Math.Min(255, counts[h]))]);
    }

    /// <summary>How often the term with this hash occurs; 0 when it does not.</summary>
    public int CountOf(uint hash)
    {
        var i = Array.IndexOf(Hashes, hash);
        return i < 0 ? 0 : Counts[i];
    }
}
