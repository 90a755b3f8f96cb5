namespace QaBot.Core.Evaluation;

/// <summary>Standard ranking metrics over one query's ranked ids and graded relevance judgements.</summary>
public static class RankingMetrics
{
    /// <summary>nDCG@k with linear gains (as trec_eval and BEIR compute it).</summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevance, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevance);
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (relevance.TryGetValue(ranked[i], out var gain) && gain > 0)
            {
                dcg += gain / Math.Log2(i + 2);
            }
        }

        var ideal = relevance.Values.Where(g => g > 0).OrderDescending().Take(k).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    public static double Recall(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevance, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevance);
        var relevant = relevance.Count(r => r.Value > 0);
        return relevant == 0 ? 0 : (double)ranked.Take(k).Count(id => relevance.TryGetValue(id, out var g) && g > 0) / relevant;
    }

    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevance, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevance);
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (relevance.TryGetValue(ranked[i], out var gain) && gain > 0)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }
}
