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

    public ParsedQuestion Parse(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question;
        var tokens = TokenReader.Read(analyzer, IndexSchema.Text, text);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var kept = tokens.Where(t => distinct.Contains(t.Term) || distinct.Count < maxTerms && distinct.Add(t.Term)).ToList();
        return new ParsedQuestion(question, kept, KindOf(text));
    }

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
