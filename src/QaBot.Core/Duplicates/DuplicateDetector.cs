namespace QaBot.Core.Duplicates;

/// <summary>
/// Groups near-duplicate articles with MinHash and LSH banding: only articles that share a band are
/// compared, so the work grows with the number of articles, not its square.
/// </summary>
public static class DuplicateDetector
{
    public static IReadOnlyList<DuplicateGroup> FindGroups(IReadOnlyList<DuplicateCandidate> articles, DuplicateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        options ??= new DuplicateOptions();
        var rows = MinHasher.SignatureLength / options.Bands;
        var signed = Enumerable.Range(0, articles.Count)
            .Where(i => articles[i].Signature.Length == MinHasher.SignatureLength && articles[i].Signature[0] != uint.MaxValue)
            .ToArray();

        // Bands are independent: each finds, on its own core, the articles that share its rows with an
        // earlier one (only near-duplicates do), then the pairs are joined in band order.
        var pairs = new List<(int First, int Other)>[options.Bands];
        Parallel.For(0, options.Bands, band =>
        {
            var found = new List<(int, int)>();
            var buckets = new Dictionary<ulong, int>(signed.Length);
            foreach (var i in signed)
            {
                var key = BandKey(articles[i].Signature, band * rows, rows);
                if (!buckets.TryAdd(key, i))
                {
                    found.Add((buckets[key], i));
                }
            }

            pairs[band] = found;
        });

        var parents = Enumerable.Range(0, articles.Count).ToArray();
        foreach (var (first, other) in pairs.SelectMany(p => p))
        {
            // Compared with the bucket's first article; chains through union-find join the rest.
            if (Find(parents, first) != Find(parents, other)
                && MinHasher.Similarity(articles[first].Signature, articles[other].Signature) >= options.Threshold)
            {
                parents[Find(parents, other)] = Find(parents, first);
            }
        }

        return articles
            .Select((article, index) => (article, root: Find(parents, index)))
            .GroupBy(x => x.root, x => x.article)
            .Where(g => g.Count() > 1)
            .Select(g => ToGroup([.. g]))
            .OrderBy(g => g.Canonical, StringComparer.Ordinal)
            .ToList();
    }

    private static DuplicateGroup ToGroup(List<DuplicateCandidate> members)
    {
        var ordered = members
            .OrderBy(m => m.NoisePerThousandWords)
            .ThenByDescending(m => m.MetadataFields)
            .ThenBy(m => m.File, StringComparer.Ordinal)
            .Select(m => m.File)
            .ToList();
        var id = StableId(members.Select(m => m.File).Order(StringComparer.Ordinal).First());
        return new DuplicateGroup(id, ordered[0], ordered);
    }

    private static long StableId(string file)
    {
        // FNV-1a of the first member's name: stable across runs and processes, unlike string.GetHashCode.
        ulong hash = 14695981039346656037;
        foreach (var c in file)
        {
            hash = (hash ^ c) * 1099511628211;
        }

        return (long)(hash & long.MaxValue) | 1;
    }

    private static ulong BandKey(uint[] signature, int start, int rows)
    {
        ulong key = 17;
        for (var i = start; i < start + rows; i++)
        {
            key = (key * 0x100000001B3) ^ signature[i];
        }

        return key;
    }

    private static int Find(int[] parents, int i)
    {
        while (parents[i] != i)
        {
            parents[i] = parents[parents[i]];
            i = parents[i];
        }

        return i;
    }
}
