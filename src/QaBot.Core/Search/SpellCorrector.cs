using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QaBot.Core.Analysis;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Search;

/// <summary>
/// Corrects question words the index has never seen to a close word it has ("internt" to "internet",
/// "alibba" to "alibaba"): at most one edit for short words and two for longer ones, the fewest edits
/// first, then the most frequent word. The correction is shown as the index writes the word.
/// </summary>
internal sealed class SpellCorrector(Analyzer analyzer)
{
    private const int MinLength = 4;
    private const int MinDocFreq = 2;

    /// <summary>The question with its unknown words corrected, or null when nothing needed correcting.</summary>
    public string? Correct(TermLookup lookup, string question)
    {
        var reader = lookup.Searcher.IndexReader;
        Terms? terms = null;
        var corrected = question;
        var changed = false;
        foreach (var token in TokenReader.Read(analyzer, S.Text, question).DistinctBy(t => t.Term))
        {
            if (token.IsNumber || token.Term.Length < MinLength || !token.Original.All(char.IsLetter)
                || lookup.DocFreq(S.Text, token.Term) > 0)
            {
                continue;
            }

            // The merged term dictionary is built only when a word is unknown: most questions need none.
            terms ??= MultiFields.GetTerms(reader, S.Text);
            var replacement = terms is null ? null : BestCandidate(terms, token.Term);
            if (replacement is not null)
            {
                corrected = corrected.Replace(token.Original, SurfaceForm(lookup.Searcher, replacement) ?? replacement, StringComparison.Ordinal);
                changed = true;
            }
        }

        return changed ? corrected : null;
    }

    private static string? BestCandidate(Terms terms, string term)
    {
        var maxEdits = term.Length <= 5 ? 1 : 2;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(S.Text, term), maxEdits, 1, transpositions: true);
        string? best = null;
        var bestEdits = int.MaxValue;
        var bestFreq = 0;
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            var freq = fuzzy.DocFreq;
            var edits = EditDistance(term, candidate);
            if (freq >= MinDocFreq && edits <= maxEdits && (edits < bestEdits || (edits == bestEdits && freq > bestFreq)))
            {
                (best, bestEdits, bestFreq) = (candidate, edits, freq);
            }
        }

        return best;
    }

    // The word as a passage writes it ("revenue" for the term "revenu"), found in one passage that holds it.
    private string? SurfaceForm(IndexSearcher searcher, string term)
    {
        var top = searcher.Search(new TermQuery(new Term(S.Text, term)), 1);
        if (top.ScoreDocs.Length == 0)
        {
            return null;
        }

        var text = PassageRecords.Read(searcher.IndexReader, top.ScoreDocs[0].Doc)?.Passage.Text ?? string.Empty;
        var word = TokenReader.Read(analyzer, S.Text, text).FirstOrDefault(t => t.Term == term).Original;
        return string.IsNullOrEmpty(word) ? null : word.ToLowerInvariant();
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
