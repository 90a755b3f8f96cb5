using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using QaBot.Core.Analysis;
using QaBot.Core.Indexing;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Search;

/// <summary>
/// Which question terms a candidate passage holds: per sentence of its text, in its article's title, in
/// its context and in the sentence before it; and what its title and context matches add to its BM25
/// score. Read from the passage record alone, so nothing is analysed or sought again per candidate.
/// </summary>
internal sealed class CandidateTerms
{
    private CandidateTerms(int sentences)
    {
        for (var i = 0; i < sentences; i++)
        {
            Sentences.Add(new HashSet<string>(StringComparer.Ordinal));
        }
    }

    public List<HashSet<string>> Sentences { get; } = [];

    public HashSet<string> Title { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Context { get; } = new(StringComparer.Ordinal);

    public HashSet<string> LeadIn { get; } = new(StringComparer.Ordinal);

    /// <summary>The BM25 score of the boosting clauses (title and context) this passage matches.</summary>
    public float Boost { get; private set; }

    /// <summary>The terms of each candidate, in the candidates' order.</summary>
    /// <param name="reader">The index reader the candidates come from.</param>
    /// <param name="similarity">The similarity that scores the boosters.</param>
    /// <param name="terms">The question's terms.</param>
    /// <param name="boosters">Clauses of the title and context fields whose scores to add, by field and term.</param>
    /// <param name="docs">The candidates, as top-level document ids.</param>
    /// <param name="records">Their records.</param>
    public static CandidateTerms[] Read(
        IndexReader reader,
        Similarity similarity,
        IReadOnlyList<string> terms,
        IReadOnlyDictionary<(string Field, string Term), WeightedClause> boosters,
        IReadOnlyList<int> docs,
        IReadOnlyList<PassageRecord> records)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(similarity);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(boosters);
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(records);
        var hashes = terms.Select(TermHash.Of).ToArray();
        var scorers = new Dictionary<(WeightedClause, int), Similarity.SimScorer>();
        var leaves = reader.Leaves;
        var found = new CandidateTerms[docs.Count];
        for (var i = 0; i < docs.Count; i++)
        {
            var record = records[i];
            var candidate = new CandidateTerms(record.Passage.Sentences.Count);
            var leaf = leaves[ReaderUtil.SubIndex(docs[i], leaves)];
            for (var t = 0; t < terms.Count; t++)
            {
                var (term, hash) = (terms[t], hashes[t]);
                for (var s = 0; s < candidate.Sentences.Count && s < record.SentenceTerms.Count; s++)
                {
                    if (record.SentenceTerms[s].CountOf(hash) > 0)
                    {
                        candidate.Sentences[s].Add(term);
                    }
                }

                if (record.LeadIn.CountOf(hash) > 0)
                {
                    candidate.LeadIn.Add(term);
                }

                candidate.Boost += Match(record.Title, candidate.Title, S.Title);
                candidate.Boost += Match(record.Context, candidate.Context, S.Context);

                float Match(TermCounts held, HashSet<string> into, string field)
                {
                    var count = held.CountOf(hash);
                    if (count == 0)
                    {
                        return 0;
                    }

                    into.Add(term);
                    if (!boosters.TryGetValue((field, term), out var clause))
                    {
                        return 0;
                    }

                    if (!scorers.TryGetValue((clause, leaf.Ord), out var scorer))
                    {
                        scorer = similarity.GetSimScorer(clause.Weight, leaf);
                        scorers[(clause, leaf.Ord)] = scorer;
                    }

                    return scorer.Score(docs[i] - leaf.DocBase, count);
                }
            }

            found[i] = candidate;
        }

        return found;
    }
}
