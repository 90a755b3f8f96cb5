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
/// first, then the most frequent word. Real English words are left alone unless the index spells them
/// the British or American way ("harbor" to "harbour"). The correction is shown as the index writes the word.
/// </summary>
internal sealed class SpellCorrector(Analyzer analyzer)
{
    private const int MinLength = 4;
    private const int MinDocFreq = 2;

    /// <summary>The question with its unknown words corrected, or null when nothing needed correcting.</summary>
    public string? Correct(TermLookup lookup, string question)
    {
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

            // A real word the articles happen not to use is what the person meant ("held" is not a typo of
            // "help"), unless the articles spell it the other way ("harbor" and "harbour").
            var replacement = EnglishWords.Contains(token.Original) ? OtherSpelling(lookup, token.Original) : Closest(lookup, ref terms, token.Term);
            if (replacement is not null)
            {
                corrected = corrected.Replace(token.Original, replacement, StringComparison.Ordinal);
                changed = true;
            }
        }

        return changed ? corrected : null;
    }

    /// <summary>The British or American spelling of the word that the index holds most often, if any.</summary>
    private string? OtherSpelling(TermLookup lookup, string word)
    {
        string? best = null;
        var bestFreq = 0;
        foreach (var spelling in SpellingVariants.Others(word))
        {
            var terms = TokenReader.Read(analyzer, S.Text, spelling);
            var freq = terms.Count == 1 ? lookup.DocFreq(S.Text, terms[0].Term) : 0;
            if (freq > bestFreq)
            {
                (best, bestFreq) = (spelling, freq);
            }
        }

        return best;
    }

    /// <summary>The indexed word closest to an unknown one, as a passage writes it; the term dictionary is built at the first need.</summary>
    private string? Closest(TermLookup lookup, ref Terms? terms, string term)
    {
        // The merged term dictionary is built only when a word is unknown: most questions need none.
        terms ??= MultiFields.GetTerms(lookup.Searcher.IndexReader, S.Text);
        var replacement = terms is null ? null : BestCandidate(terms, term);
        return replacement is null ? null : SurfaceForm(lookup.Searcher, replacement) ?? replacement;
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
