using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace QaBot.Core.Search;

/// <summary>
/// The top <c>k</c> passages for an OR of weighted terms, scored exactly as Lucene's BooleanQuery of
/// TermQuerys with the searcher's similarity, but without scoring every match: MaxScore dynamic pruning
/// (Turtle and Flood, 1995). Each term's score is bounded (BM25 saturates at idf·boost·(k1+1)); once the
/// k-th best score exceeds the bounds of the weakest terms together, documents holding only those
/// terms cannot enter and are never visited, and a candidate stops being scored as soon as what is left
/// cannot lift it in. Large questions search segments in parallel, sharing the score to beat.
/// </summary>
internal static class MaxScoreSearcher
{
    /// <summary>How often (in candidates) a segment looks at the score to beat that the other threads reached.</summary>
    private const int SharedThresholdInterval = 512;

    /// <summary>Parallel work comes in this many slices per core, so one large segment does not leave a core idle.</summary>
    private const int SlicesPerCore = 4;

    /// <param name="lookup">The searcher and its term lookups.</param>
    /// <param name="clauses">The weighted terms.</param>
    /// <param name="k">How many documents to return.</param>
    /// <param name="parallelMinPostings">Search segments in parallel when the terms have this many postings together (0: never).</param>
    public static List<(int Doc, float Score)> Search(TermLookup lookup, IReadOnlyList<WeightedClause> clauses, int k, long parallelMinPostings)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (clauses.Count == 0)
        {
            return [];
        }

        var searcher = lookup.Searcher;
        var ordered = clauses.OrderBy(c => c.Bound).ToArray();
        var postings = ordered.Sum(c => (long)c.Context.DocFreq);
        var leaves = searcher.IndexReader.Leaves;
        var shared = new SharedThreshold();
        if (parallelMinPostings <= 0 || postings < parallelMinPostings || Environment.ProcessorCount < 2)
        {
            var top = new TopScores(k);
            foreach (var leaf in leaves)
            {
                ScoreRange(new Slice(leaf, 0, leaf.Reader.MaxDoc), ordered, searcher.Similarity, top, shared);
            }

            return TopScores.Merge([top], k);
        }

        var parts = new List<TopScores>();
        Parallel.ForEach(
            Slices(leaves, Environment.ProcessorCount * SlicesPerCore),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new TopScores(k),
            (slice, _, top) =>
            {
                ScoreRange(slice, ordered, searcher.Similarity, top, shared);
                return top;
            },
            top =>
            {
                lock (parts)
                {
                    parts.Add(top);
                }
            });
        return TopScores.Merge(parts, k);
    }

    /// <summary>Document ranges of about equal size, largest first; a large segment is cut into several.</summary>
    private static IEnumerable<Slice> Slices(IList<AtomicReaderContext> leaves, int count)
    {
        var size = Math.Max(1, leaves.Sum(l => l.Reader.MaxDoc) / count);
        var slices = new List<Slice>();
        foreach (var leaf in leaves)
        {
            for (var start = 0; start < leaf.Reader.MaxDoc; start += size)
            {
                // A remainder smaller than half a slice joins the one before it.
                var end = leaf.Reader.MaxDoc - (start + size) < size / 2 ? leaf.Reader.MaxDoc : start + size;
                slices.Add(new Slice(leaf, start, end));
                start = end - size;
            }
        }

        return slices.OrderByDescending(s => s.End - s.Start);
    }

    private static void ScoreRange(Slice slice, WeightedClause[] clauses, Similarity similarity, TopScores top, SharedThreshold shared)
    {
        var leaf = slice.Leaf;
        var reader = leaf.AtomicReader;
        var docs = new DocsEnum[clauses.Length];
        var scorers = new Similarity.SimScorer[clauses.Length];
        var prefix = new float[clauses.Length];
        var current = new int[clauses.Length];
        var n = 0;
        var termsEnums = new Dictionary<string, TermsEnum?>(StringComparer.Ordinal);
        foreach (var clause in clauses)
        {
            var state = clause.Context.Get(leaf.Ord);
            if (state is null)
            {
                continue;
            }

            if (!termsEnums.TryGetValue(clause.Field, out var termsEnum))
            {
                termsEnum = reader.GetTerms(clause.Field)?.GetEnumerator();
                termsEnums[clause.Field] = termsEnum;
            }

            if (termsEnum is null)
            {
                continue;
            }

            termsEnum.SeekExact(clause.Term, state);
            var postings = termsEnum.Docs(reader.LiveDocs, null, DocsFlags.FREQS);
            if (postings is null)
            {
                continue;
            }

            docs[n] = postings;
            scorers[n] = similarity.GetSimScorer(clause.Weight, leaf);
            prefix[n] = (n == 0 ? 0 : prefix[n - 1]) + clause.Bound;
            current[n] = slice.Start == 0 ? postings.NextDoc() : postings.Advance(slice.Start);
            n++;
        }

        var threshold = Math.Max(top.Threshold, shared.Value);
        var essential = FirstEssential(prefix, n, threshold);
        var untilShared = SharedThresholdInterval;
        while (essential < n)
        {
            var doc = DocIdSetIterator.NO_MORE_DOCS;
            for (var i = essential; i < n; i++)
            {
                doc = Math.Min(doc, current[i]);
            }

            if (doc >= slice.End)
            {
                return;
            }

            var score = 0f;
            for (var i = essential; i < n; i++)
            {
                if (current[i] == doc)
                {
                    score += scorers[i].Score(doc, docs[i].Freq);
                    current[i] = docs[i].NextDoc();
                }
            }

            var raised = AddNonEssential(doc, ref score, essential, threshold, docs, scorers, prefix, current)
                && top.Offer(leaf.DocBase + doc, score) && top.IsFull;
            if (--untilShared == 0 || raised)
            {
                untilShared = SharedThresholdInterval;
                if (raised)
                {
                    shared.Raise(top.Threshold);
                }

                threshold = Math.Max(top.Threshold, shared.Value);
                essential = FirstEssential(prefix, n, threshold);
            }
        }
    }

    /// <summary>Adds the weak terms' scores, strongest first; false as soon as the rest cannot lift the document past the threshold.</summary>
    private static bool AddNonEssential(int doc, ref float score, int essential, float threshold, DocsEnum[] docs, Similarity.SimScorer[] scorers, float[] prefix, int[] current)
    {
        for (var i = essential - 1; i >= 0; i--)
        {
            // A document that can only tie the threshold may still enter: ties go to the lower id, and in
            // parallel the threshold can come from a segment of higher ids.
            if (score + prefix[i] < threshold)
            {
                return false;
            }

            if (current[i] < doc)
            {
                current[i] = docs[i].Advance(doc);
            }

            if (current[i] == doc)
            {
                score += scorers[i].Score(doc, docs[i].Freq);
            }
        }

        return score >= threshold;
    }

    /// <summary>Terms before this index cannot, even all together, beat the threshold: they only add to candidates found by the others.</summary>
    private static int FirstEssential(float[] prefix, int count, float threshold)
    {
        var first = 0;
        while (first < count && prefix[first] < threshold)
        {
            first++;
        }

        return first;
    }

    /// <summary>Documents [<paramref name="Start"/>, <paramref name="End"/>) of one segment.</summary>
    private readonly record struct Slice(AtomicReaderContext Leaf, int Start, int End);

    /// <summary>The best k-th score any thread has reached: a floor for all, as the overall k-th best is at least as high.</summary>
    private sealed class SharedThreshold
    {
        private float _value;

        public float Value => Volatile.Read(ref _value);

        public void Raise(float value)
        {
            var seen = Volatile.Read(ref _value);
            while (value > seen)
            {
                var previous = Interlocked.CompareExchange(ref _value, value, seen);
                if (previous == seen)
                {
                    return;
                }

                seen = previous;
            }
        }
    }
}
