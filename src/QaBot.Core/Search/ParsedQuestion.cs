using QaBot.Core.Analysis;

namespace QaBot.Core.Search;

/// <summary>A question reduced to its content terms and the kind of answer it wants.</summary>
/// <param name="Text">The question as asked.</param>
/// <param name="Tokens">Content terms in order (stop and question words removed, stemmed).</param>
/// <param name="Kind">The kind of answer asked for.</param>
/// <param name="TermWeights">Terms that count less than the question's own (from an earlier question); others weigh 1.</param>
public sealed record ParsedQuestion(string Text, IReadOnlyList<AnalyzedToken> Tokens, QuestionKind Kind, IReadOnlyDictionary<string, float>? TermWeights = null)
{
    public float WeightOf(string term) => TermWeights is not null && TermWeights.TryGetValue(term, out var weight) ? weight : 1f;

    /// <summary>Distinct terms, in order of first appearance.</summary>
    public IReadOnlyList<string> Terms { get; } = Tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();

    public bool IsEmpty => Tokens.Count == 0;
}
