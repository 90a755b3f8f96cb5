using Lucene.Net.Index;
using Lucene.Net.Search;
using QaBot.Core.Analysis;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Search;

/// <summary>
/// Builds the passage query from analyzed question terms: an OR of each term over the passage text,
/// the article title and the article context, plus phrase boosts for question words that stand next to
/// each other. Built from terms, never parsed, so no input can make it fail.
/// </summary>
public sealed class QueryBuilder(SearchOptions options)
{
    /// <summary>Two question words this close (stop words between them count) make a phrase.</summary>
    private const int PhraseWindow = 2;

    public Query Build(ParsedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in question.Terms)
        {
            var weight = question.WeightOf(term);
            query.Add(new TermQuery(new Term(S.Text, term)) { Boost = weight }, Occur.SHOULD);
            if (options.TitleBoost > 0)
            {
                query.Add(new TermQuery(new Term(S.Title, term)) { Boost = options.TitleBoost * weight }, Occur.SHOULD);
            }

            if (options.ContextBoost > 0)
            {
                query.Add(new TermQuery(new Term(S.Context, term)) { Boost = options.ContextBoost * weight }, Occur.SHOULD);
            }
        }

        foreach (var year in question.Tokens.Where(t => !t.IsSynonym && IsYear(t.Term)).Select(t => t.Term).Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(S.Years, year)) { Boost = options.YearBoost * question.WeightOf(year) }, Occur.SHOULD);
        }

        if (options.PhraseBoost > 0)
        {
            foreach (var (first, second) in AdjacentPairs(question.Tokens))
            {
                var phrase = new PhraseQuery { Slop = PhraseWindow, Boost = options.PhraseBoost * Math.Min(question.WeightOf(first.Term), question.WeightOf(second.Term)) };
                phrase.Add(new Term(S.Text, first.Term));
                phrase.Add(new Term(S.Text, second.Term));
                query.Add(phrase, Occur.SHOULD);
            }
        }

        return query;
    }

    private static bool IsYear(string term) =>
        term.Length == 4 && int.TryParse(term, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1950 and <= 2099;

    private static IEnumerable<(AnalyzedToken First, AnalyzedToken Second)> AdjacentPairs(IReadOnlyList<AnalyzedToken> tokens)
    {
        var seen = new HashSet<(string, string)>();
        for (var i = 1; i < tokens.Count; i++)
        {
            var (a, b) = (tokens[i - 1], tokens[i]);
            if (b.Position - a.Position <= PhraseWindow && a.Term != b.Term && seen.Add((a.Term, b.Term)))
            {
                yield return (a, b);
            }
        }
    }
}
