using System.Collections.Concurrent;

namespace QaBot.Core.Duplicates;

/// <summary>
/// Groups near-duplicate articles with MinHash and LSH banding: only articles that share a band are
/// compared, so the work grows with the number of articles, not its square.
/// </summary>
public static class DuplicateDetector
{
    /// <summary>Bands whose keys are computed in one pass over the signatures (eight bytes an article each).</summary>
    private const int BandsPerPass = 6;

    public static IReadOnlyList<DuplicateGroup> FindGroups(IReadOnlyList<DuplicateCandidate> articles, DuplicateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        options ??= new DuplicateOptions();
        var rows = MinHasher.SignatureLength / options.Bands;
        var signed = Enumerable.Range(0, articles.Count)
            .Where(i => articles[i].Signature.Length == MinHasher.SignatureLength)
            .ToArray();

        // Bands are independent: each finds, on its own core, the articles that share its rows with an
        // earlier one (only near-duplicates do), then the pairs are joined in band order. The keys of a
        // few bands at a time come from one read of each signature: the signatures lie all over the heap,
        // and reading every one again for each band was most of grouping's time.
        var pairs = new List<(int First, int Other)>[options.Bands];
        var keys = Enumerable.Range(0, Math.Min(BandsPerPass, options.Bands)).Select(_ => new ulong[signed.Length]).ToArray();
        var tables = new ConcurrentBag<BandTable>();
        for (var pass = 0; pass < options.Bands; pass += keys.Length)
        {
            var bands = Math.Min(keys.Length, options.Bands - pass);
            Parallel.ForEach(Partitioner.Create(0, signed.Length), range =>
            {
                for (var j = range.Item1; j < range.Item2; j++)
                {
                    var signature = articles[signed[j]].Signature;
                    for (var b = 0; b < bands; b++)
                    {
                        keys[b][j] = BandKey(signature, (pass + b) * rows, rows);
                    }
                }
            });

            Parallel.For(
                0,
                bands,
                () => tables.TryTake(out var table) ? table : new BandTable(signed.Length),
                (b, _, table) =>
                {
                    var found = new List<(int, int)>();
                    var bandKeys = keys[b];
                    table.Clear();
                    for (var j = 0; j < signed.Length; j++)
                    {
                        var first = table.FirstOrAdd(bandKeys[j], signed[j]);
                        if (first >= 0)
                        {
                            found.Add((first, signed[j]));
                        }
                    }

                    pairs[pass + b] = found;
                    return table;
                },
                tables.Add);
        }

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

        // Only articles that were joined to another belong to a group: the rest are never gathered.
        var members = new Dictionary<int, List<DuplicateCandidate>>();
        for (var i = 0; i < articles.Count; i++)
        {
            var root = Find(parents, i);
            if (root != i)
            {
                if (!members.TryGetValue(root, out var group))
                {
                    members[root] = group = [articles[root]];
                }

                group.Add(articles[i]);
            }
        }

        return members.Values
            .Select(ToGroup)
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

    private static ulong BandKey(ushort[] signature, int start, int rows)
    {
        ulong key = 17;
        for (var i = start; i < start + rows; i++)
        {
            key = (key * 0x100000001B3) ^ signature[i];
        }

        return key;
    }

    /// <summary>
    /// One band's buckets: band key to the first article that had it, in open addressing. A dictionary per
    /// band made grouping a million articles take 10 s of CPU; this table is allocated once per worker.
    /// </summary>
    private sealed class BandTable
    {
        private readonly ulong[] _keys;
        private readonly int[] _firsts;
        private readonly int _shift;

        public BandTable(int articles)
        {
            // At most half full, so probes stay short.
            var bits = Math.Max(4, 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Max(1, articles) * 2));
            _keys = new ulong[1 << bits];
            _firsts = new int[1 << bits];
            _shift = 64 - bits;
        }

        public void Clear() => Array.Fill(_firsts, -1);

        /// <summary>The first article with this key; -1 when there was none and <paramref name="article"/> is now it.</summary>
        public int FirstOrAdd(ulong key, int article)
        {
            var mask = _firsts.Length - 1;
            var slot = (int)((key * 0x9E3779B97F4A7C15) >> _shift);
            while (_firsts[slot] >= 0)
            {
                if (_keys[slot] == key)
                {
                    return _firsts[slot];
                }

                slot = (slot + 1) & mask;
            }

            _keys[slot] = key;
            _firsts[slot] = article;
            return -1;
        }
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
