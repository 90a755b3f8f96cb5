using QaBot.Core.Analysis;

namespace QaBot.Core.Search;

/// <summary>A question reduced to its content terms and the kind of answer it wants.</summary>
/// <param name="Text">The question as asked.</param>
/// <param name="Tokens">Content terms in order (stop and question words removed, stemmed), with synonyms at their word's position.</param>
/// <param name="Kind">The kind of answer asked for.</param>
/// <param name="TermWeights">Terms that count less than the question's own words (synonyms, an earlier question's terms); others weigh 1.</param>
public sealed record ParsedQuestion(string Text, IReadOnlyList<AnalyzedToken> Tokens, QuestionKind Kind, IReadOnlyDictionary<string, float>? TermWeights = null)
{
    /// <summary>Distinct terms, in order of first appearance.</summary>
    public IReadOnlyList<string> Terms { get; } = Tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The question's ideas: the terms at one position (a typed word and its synonyms). A passage covers an
    /// idea when it holds any of its terms.
    /// </summary>
    public IReadOnlyList<QuestionConcept> Concepts { get; } = Tokens
        .GroupBy(t => t.Position)
        .Where(g => g.Any(t => !t.IsSynonym))
        .Select(g => new QuestionConcept(
            g.Where(t => !t.IsSynonym).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList(),
            g.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList()))
        .ToList();

    public bool IsEmpty => Concepts.Count == 0;

    public float WeightOf(string term) => TermWeights is not null && TermWeights.TryGetValue(term, out var weight) ? weight : 1f;

    /// <summary>
    /// The sum over ideas of the best weight among the idea's terms in <paramref name="present"/>, a synonym
    /// never counting more than the word that was typed.
    /// </summary>
    public double Match(IReadOnlySet<string> present, Func<string, double> termWeight)
    {
        ArgumentNullException.ThrowIfNull(present);
        ArgumentNullException.ThrowIfNull(termWeight);
        var sum = 0.0;
        foreach (var concept in Concepts)
        {
            var cap = concept.Typed.Max(termWeight);
            var best = 0.0;
            foreach (var term in concept.Terms)
            {
                if (present.Contains(term))
                {
                    best = Math.Max(best, Math.Min(cap, termWeight(term)));
                }
            }

            sum += best;
        }

        return sum;
    }

    /// <summary>What a passage holding every idea in the question's own words would score.</summary>
    public double Total(Func<string, double> termWeight)
    {
        ArgumentNullException.ThrowIfNull(termWeight);
        return Concepts.Sum(concept => concept.Typed.Max(termWeight));
    }
}
