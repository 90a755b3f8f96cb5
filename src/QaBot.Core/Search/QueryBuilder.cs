using QaBot.Core.Text;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Search;

/// <summary>
/// Builds the passage query from analyzed question terms: each term over the passage text, the article
/// title and the article context, and years over the years a passage speaks of. Built from terms, never
/// parsed, so no input can make it fail; no clause is added twice and none for a weight of zero.
/// </summary>
public sealed class QueryBuilder(SearchOptions options)
{
    public IReadOnlyList<SearchClause> Build(ParsedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var clauses = new List<SearchClause>(question.Terms.Count * 3);
        foreach (var term in question.Terms)
        {
            var weight = question.WeightOf(term);
            clauses.Add(new SearchClause(S.Text, term, weight));
            if (options.TitleBoost > 0)
            {
                clauses.Add(new SearchClause(S.Title, term, options.TitleBoost * weight));
            }

            if (options.ContextBoost > 0)
            {
                clauses.Add(new SearchClause(S.Context, term, options.ContextBoost * weight));
            }
        }

        if (options.YearBoost > 0)
        {
            foreach (var year in question.Tokens.Where(t => !t.IsSynonym && YearReferences.IsYear(t.Term)).Select(t => t.Term).Distinct(StringComparer.Ordinal))
            {
                clauses.Add(new SearchClause(S.Years, year, options.YearBoost * question.WeightOf(year)));
            }
        }

        return clauses;
    }
}
