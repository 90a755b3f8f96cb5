using System.Buffers;
using System.Collections.Frozen;

namespace QaBot.Core.Text;

/// <summary>
/// Splits a paragraph of news prose into sentences. A sentence ends at '.', '!' or '?' (with any closing
/// quotes or brackets after it) followed by white space and something that can start a sentence; the
/// exceptions are what news text is full of: titles ("Mr."), months ("Jan. 28"), initials ("J. Smith"),
/// dotted abbreviations ("U.S. officials") and decimals ("5.9 percent", which has no space anyway).
/// </summary>
public static class SentenceSplitter
{
    // Abbreviations after which a capitalised word does not start a new sentence.
    private static readonly FrozenSet<string> TitleAbbreviations = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "gov", "sen", "rep", "rev", "hon", "capt", "col", "lt", "sgt", "mt", "ft", "no", "nos", "vs", "v", "approx", "dept", "est", "fig", "inc", "ltd", "co", "corp", "bros"],
        StringComparer.OrdinalIgnoreCase);

    // Months: "Jan. 28" continues; "in Jan. The" is rare enough to accept as one sentence.
    private static readonly FrozenSet<string> MonthAbbreviations = FrozenSet.ToFrozenSet(
        ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
        StringComparer.OrdinalIgnoreCase);

    // The characters that can end a sentence: the scan jumps from one to the next with a vectorised search.
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?…");

    /// <summary>Returns the sentences of <paramref name="text"/> as trimmed spans, in order.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        Split(text, spans);
        return spans;
    }

    /// <summary>Adds the sentences of <paramref name="text"/> to <paramref name="spans"/>, so a caller can reuse one list.</summary>
    internal static void Split(string text, List<TextSpan> spans)
    {
        var start = 0;
        var i = 0;
        while (true)
        {
            var found = text.AsSpan(i).IndexOfAny(SentenceEnds);
            if (found < 0)
            {
                break;
            }

            i += found;
            var c = text[i];
            var end = i + 1;
            while (end < text.Length && IsTerminalPunctuationOrCloser(text[end]))
            {
                end++;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            var isEnd = (end == text.Length || next > end)
                && (next == text.Length || CanStartSentence(text[next]))
                && !(c == '.' && next < text.Length && IsAbbreviationBefore(text, i, text[next]));
            if (isEnd)
            {
                AddTrimmed(text, start, end, spans);
                start = end;
                i = end;
            }
            else
            {
                i++;
            }
        }

        AddTrimmed(text, start, text.Length, spans);
    }

    private static bool IsTerminalPunctuationOrCloser(char c) =>
        c is '.' or '!' or '?' or '"' or '\'' or ')' or ']' or '”' or '’' or '»';

    private static bool CanStartSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherLetter;

    private static bool IsAbbreviationBefore(string text, int period, char next)
    {
        var wordStart = period;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.IsEmpty)
        {
            return false;
        }

        // A single capital letter is an initial ("J. Smith"); dotted forms ("U.S", "U.N", "a.m") are abbreviations.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Contains('.') && word.Length <= 6 && IsAllLettersAndDots(word))
        {
            return true;
        }

        var lookup = TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            return true;
        }

        var months = MonthAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return months.Contains(word) && char.IsDigit(next);
    }

    private static bool IsAllLettersAndDots(ReadOnlySpan<char> word)
    {
        foreach (var ch in word)
        {
            if (!char.IsLetter(ch) && ch != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end - start));
        }
    }
}
