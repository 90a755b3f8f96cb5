using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using QaBot.Core.Analysis;
using QaBot.Core.Indexing;

namespace QaBot.Core.Search;

/// <summary>Turns question text into terms with the index's analyzer. Text is never query syntax.</summary>
public sealed partial class QuestionParser(Analyzer analyzer, int maxTerms = 64)
{
    /// <summary>Questions longer than this are cut: nobody asks in more, and analysis cost must stay bounded.</summary>
    public const int MaxQuestionLength = 2000;

    /// <summary>How much a term carried over from the previous question counts against the question's own.</summary>
    public const float ContextWeight = 0.5f;

    /// <summary>Parses <paramref name="question"/>; terms of <paramref name="context"/> (the topic of a follow-up) are added at a lower weight.</summary>
    public ParsedQuestion Parse(string question, string? context = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var tokens = Analyze(question);
        var kind = KindOf(Cut(question));
        if (string.IsNullOrWhiteSpace(context))
        {
            return new ParsedQuestion(question, tokens, kind);
        }

        var own = tokens.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var offset = tokens.Count == 0 ? 0 : tokens[^1].Position + 100;
        var carried = Analyze(context).Where(t => !own.Contains(t.Term)).Select(t => t with { Position = t.Position + offset }).ToList();
        var weights = carried.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToDictionary(t => t, _ => ContextWeight, StringComparer.Ordinal);
        return new ParsedQuestion(question, [.. tokens, .. carried], kind == QuestionKind.Other ? KindOf(Cut(context)) : kind, weights);
    }

    private List<AnalyzedToken> Analyze(string text)
    {
        var tokens = TokenReader.Read(analyzer, IndexSchema.Text, Cut(text));
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        return tokens.Where(t => distinct.Contains(t.Term) || distinct.Count < maxTerms && distinct.Add(t.Term)).ToList();
    }

    private static string Cut(string text) => text.Length > MaxQuestionLength ? text[..MaxQuestionLength] : text;

    internal static QuestionKind KindOf(string question)
    {
        var q = question.ToLowerInvariant();
        if (QuantityPattern().IsMatch(q))
        {
            return QuestionKind.Quantity;
        }

        if (TimePattern().IsMatch(q))
        {
            return QuestionKind.Time;
        }

        if (PersonPattern().IsMatch(q))
        {
            return QuestionKind.Person;
        }

        return PlacePattern().IsMatch(q) ? QuestionKind.Place : QuestionKind.Other;
    }

    [GeneratedRegex(@"\b(how (many|much|often|big|large|fast|long)|what (percentage|percent|share|proportion|number|rate|amount|portion)|number of|how much|penetration rate|revenue|sales)\b")]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"\b(when|what (year|date|day|month|time)|which (year|date|day|month))\b")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"\b(who|whom|whose)\b")]
    private static partial Regex PersonPattern();

    [GeneratedRegex(@"\b(where|which (city|county|country|province|place|region|town))\b")]
    private static partial Regex PlacePattern();
}
