using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace QaBot.Core.Search;

/// <summary>
/// A query term weighed against the collection as Lucene's TermQuery would be: its similarity weight,
/// where it lies in each segment, and the most one match can score.
/// </summary>
internal sealed record WeightedClause(SearchClause Clause, BytesRef Term, TermContext Context, Similarity.SimWeight Weight, float Bound)
{
    /// <summary>A frequency high enough that BM25's saturation term is 1 whatever the document's length.</summary>
    private const float SaturatedFrequency = 1e30f;

    public string Field => Clause.Field;

    /// <summary>The clauses that match anywhere, in their order.</summary>
    public static List<WeightedClause> Weigh(TermLookup lookup, IReadOnlyList<SearchClause> clauses)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(clauses);
        var similarity = lookup.Searcher.Similarity;
        var anyLeaf = lookup.Searcher.IndexReader.Leaves.FirstOrDefault(l => l.Reader.MaxDoc > 0);
        var weighted = new List<WeightedClause>(clauses.Count);
        foreach (var clause in clauses)
        {
            var context = lookup.Get(clause.Field, clause.Term);
            if (context.DocFreq == 0 || clause.Boost <= 0 || anyLeaf is null)
            {
                continue;
            }

            var bytes = new BytesRef(clause.Term);
            var weight = similarity.ComputeWeight(clause.Boost, lookup.Collection(clause.Field), new TermStatistics(bytes, context.DocFreq, context.TotalTermFreq));
            weight.Normalize(1f, 1f);

            // BM25 saturates at idf·boost·(k1+1) whatever the length, in every segment; rounding may put
            // that limit an ulp above the score reached at the saturated frequency.
            var bound = similarity.GetSimScorer(weight, anyLeaf).Score(0, SaturatedFrequency) * 1.0001f;
            weighted.Add(new WeightedClause(clause, bytes, context, weight, bound));
        }

        return weighted;
    }
}
