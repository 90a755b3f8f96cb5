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
        var parents = Enumerable.Range(0, articles.Count).ToArray();
        var buckets = new Dictionary<(int Band, ulong Key), int>();

        for (var band = 0; band < options.Bands; band++)
        {
            buckets.Clear();
            for (var i = 0; i < articles.Count; i++)
            {
                var signature = articles[i].Signature;
                if (signature.Length != MinHasher.SignatureLength || signature[0] == uint.MaxValue)
                {
                    continue;
                }

                var key = BandKey(signature, band * rows, rows);
                if (!buckets.TryGetValue((band, key), out var first))
                {
                    buckets[(band, key)] = i;
                    continue;
                }

                // Compare with the bucket's first article; chains through union-find join the rest.
                if (Find(parents, first) != Find(parents, i)
                    && MinHasher.Similarity(articles[first].Signature, signature) >= options.Threshold)
                {
                    parents[Find(parents, i)] = Find(parents, first);
                }
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
