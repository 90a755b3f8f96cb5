using QaBot.Core.Analysis;

namespace QaBot.Core.Indexing;

/// <summary>The distinct terms of a piece of text, as <see cref="TermHash"/> values with how often each occurs.</summary>
/// <param name="Hashes">The term hashes, in first-occurrence order.</param>
/// <param name="Counts">How often each occurs (at most 255).</param>
public sealed record TermCounts(uint[] Hashes, byte[] Counts)
{
    /// <summary>Up to this many terms are counted on the stack; a sentence rarely has more.</summary>
    private const int StackTerms = 256;

    public static TermCounts Empty { get; } = new([], []);

    public static TermCounts Of(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return OfHashes([.. terms.Select(TermHash.Of)]);
    }

    /// <summary>The terms of analysed tokens, counted without a dictionary (the indexer does this for every sentence).</summary>
    public static TermCounts Of(ReadOnlySpan<IndexToken> tokens)
    {
        var hashes = tokens.Length <= StackTerms ? stackalloc uint[tokens.Length] : new uint[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            hashes[i] = TermHash.Of(tokens[i].Term);
        }

        return OfHashes(hashes);
    }

    /// <summary>How often the term with this hash occurs; 0 when it does not.</summary>
    public int CountOf(uint hash)
    {
        var i = Array.IndexOf(Hashes, hash);
        return i < 0 ? 0 : Counts[i];
    }

    private static TermCounts OfHashes(ReadOnlySpan<uint> hashes)
    {
        if (hashes.IsEmpty)
        {
            return Empty;
        }

        var distinct = hashes.Length <= StackTerms ? stackalloc uint[hashes.Length] : new uint[hashes.Length];
        var counts = hashes.Length <= StackTerms ? stackalloc int[hashes.Length] : new int[hashes.Length];
        var found = 0;
        Dictionary<uint, int>? index = hashes.Length <= StackTerms ? null : new(hashes.Length);
        foreach (var hash in hashes)
        {
            // A vectorised scan of the few distinct terms so far beats hashing them again; long texts use a dictionary.
            var at = index is null ? distinct[..found].IndexOf(hash) : index.GetValueOrDefault(hash, -1);
            if (at >= 0)
            {
                counts[at]++;
                continue;
            }

            index?.Add(hash, found);
            distinct[found] = hash;
            counts[found++] = 1;
        }

        var bytes = new byte[found];
        for (var i = 0; i < found; i++)
        {
            bytes[i] = (byte)Math.Min(255, counts[i]);
        }

        return new TermCounts(distinct[..found].ToArray(), bytes);
    }
}
