using Lucene.Net.Index;
using Lucene.Net.Search;
using QaBot.Core.Passages;

namespace QaBot.Core.Search;

/// <summary>
/// Finds which of a question's terms a passage holds, and in which sentence, from the term vectors
/// stored at index time: a few seeks per passage instead of analysing its text again per question.
/// </summary>
internal static class TermVectorLookup
{
    /// <summary>For each sentence of <paramref name="passage"/>, the question terms it holds.</summary>
    public static List<HashSet<string>> SentenceTerms(Fields? vectors, string field, Passage passage, IReadOnlyList<string> terms)
    {
        var sets = new List<HashSet<string>>(passage.Sentences.Count);
        for (var i = 0; i < passage.Sentences.Count; i++)
        {
            sets.Add(new HashSet<string>(StringComparer.Ordinal));
        }

        var termsEnum = vectors?.GetTerms(field)?.GetEnumerator();
        if (termsEnum is null)
        {
            return sets;
        }

        // One pass over the passage's own terms (a few dozen): seeking each question term is slower, as
        // term-vector enums scan from the start on every seek.
        var wanted = terms as IReadOnlySet<string> ?? terms.ToHashSet(StringComparer.Ordinal);
        DocsAndPositionsEnum? positions = null;
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term.Utf8ToString();
            if (!wanted.Contains(term))
            {
                continue;
            }

            positions = termsEnum.DocsAndPositions(null, positions, DocsAndPositionsFlags.OFFSETS);
            if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            for (var i = 0; i < positions.Freq; i++)
            {
                positions.NextPosition();
                sets[SentenceAt(passage, positions.StartOffset)].Add(term);
            }
        }

        return sets;
    }

    /// <summary>The question terms the field of the document holds.</summary>
    public static HashSet<string> FieldTerms(Fields? vectors, string field, IReadOnlyList<string> terms)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        var termsEnum = vectors?.GetTerms(field)?.GetEnumerator();
        if (termsEnum is null)
        {
            return present;
        }

        var wanted = terms as IReadOnlySet<string> ?? terms.ToHashSet(StringComparer.Ordinal);
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term.Utf8ToString();
            if (wanted.Contains(term))
            {
                present.Add(term);
            }
        }

        return present;
    }

    private static int SentenceAt(Passage passage, int offset)
    {
        var sentences = passage.Sentences;
        for (var i = 0; i < sentences.Count - 1; i++)
        {
            if (offset < sentences[i].End)
            {
                return i;
            }
        }

        return sentences.Count - 1;
    }
}
