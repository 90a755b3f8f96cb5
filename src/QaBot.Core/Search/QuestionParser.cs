using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using QaBot.Core.Analysis;
using QaBot.Core.Indexing;

namespace QaBot.Core.Search;

/// <summary>Turns question text into terms with the index's analyzer. Text is never query syntax.</summary>
/// <param name="analyzer">The index's analyzer: what it makes of a question are the words as typed.</param>
/// <param name="synonymAnalyzer">The same analyzer with synonyms, or null for none.</param>
/// <param name="maxTerms">At most this many distinct terms are kept.</param>
public sealed partial class QuestionParser(Analyzer analyzer, Analyzer? synonymAnalyzer = null, int maxTerms = 64)
{
    /// <summary>Questions longer than this are cut: nobody asks in more, and analysis cost must stay bounded.</summary>
    public const int MaxQuestionLength = 2000;

    /// <summary>How much a term carried over from the previous question counts against the question's own.</summary>
    public const float ContextWeight = 0.5f;

    /// <summary>How much a synonym counts against the word it stands for: exact words rank first.</summary>
    public const float SynonymWeight = 0.4f;

    /// <summary>Parses <paramref name="question"/>; terms of <paramref name="context"/> (the topic of a follow-up) are added at a lower weight.</summary>
    public ParsedQuestion Parse(string question, string? context = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var tokens = Analyze(question);
        var kind = KindOf(Cut(question));
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        AddSynonymWeights(tokens, weights, 1f);
        if (string.IsNullOrWhiteSpace(context))
        {
            return new ParsedQuestion(question, tokens, kind, weights);
        }

        var own = tokens.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var offset = tokens.Count == 0 ? 0 : tokens[^1].Position + 100;
        var carried = Analyze(context).Where(t => !own.Contains(t.Term)).Select(t => t with { Position = t.Position + offset }).ToList();
        foreach (var term in carried.Select(t => t.Term))
        {
            weights[term] = ContextWeight;
        }

        AddSynonymWeights(carried, weights, ContextWeight);
        return new ParsedQuestion(question, [.. tokens, .. carried], kind == QuestionKind.Other ? KindOf(Cut(context)) : kind, weights);
    }

    // A term that only ever appears as a synonym weighs less than the words the person typed.
    private static void AddSynonymWeights(List<AnalyzedToken> tokens, Dictionary<string, float> weights, float scale)
    {
        var typed = tokens.Where(t => !t.IsSynonym).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        foreach (var token in tokens.Where(t => t.IsSynonym && !typed.Contains(t.Term)))
        {
            weights[token.Term] = SynonymWeight * scale;
        }
    }

    private List<AnalyzedToken> Analyze(string text)
    {
        var typed = TokenReader.Read(analyzer, IndexSchema.Text, Cut(text));
        var tokens = typed;
        if (synonymAnalyzer is not null)
        {
            // The synonym filter types every token of a matched rule as a synonym, the typed word too, and
            // closes the gaps stop words leave, so typed words are told apart by the analysis without synonyms.
            var original = typed.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
            tokens = TokenReader.Read(synonymAnalyzer, IndexSchema.Text, Cut(text))
                .Select(t => t with { IsSynonym = !original.Contains(t.Term) })
                .ToList();
        }

        var distinct = new HashSet<string>(StringComparer.Ordinal);
        return tokens.Where(t => distinct.Contains(t.Term) || distinct.Count < maxTerms && distinct.Add(t.Term)).ToList();
    }

    private static string Cut(string text) => text.Length > MaxQuestionLength ? text[..MaxQuestionLength] : text;

    internal static QuestionKind KindOf(string question)
    {
        var q = question.ToLowerInvariant();

        // A long sentence without a question word or mark states a claim to look up, not a thing to name.
        if (!q.Contains('?', StringComparison.Ordinal) && !Interrogative().IsMatch(q) && q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxKeywordQueryWords)
        {
            return QuestionKind.Other;
        }

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

    /// <summary>Keyword queries ("alibaba cloud revenue growth") are this short; longer ones without a question word are claims.</summary>
    private const int MaxKeywordQueryWords = 6;

    [GeneratedRegex(@"\b(who|whom|whose|what|when|where|which|why|how)\b")]
    private static partial Regex Interrogative();

    [GeneratedRegex(@"\b(how (many|much|often|big|large|fast|long)|what (percentage|percent|share|proportion|number|rate|amount|portion)|number of|how much|rate|revenue|sales|growth)\b")]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"\b(when|what (year|date|day|month|time)|which (year|date|day|month))\b")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"\b(who|whom|whose)\b")]
    private static partial Regex PersonPattern();

    [GeneratedRegex(@"\b(where|which (city|county|country|province|place|region|town))\b")]
    private static partial Regex PlacePattern();
}
