using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Finds the odd tokens of garbled or machine-rewritten text. It repairs what is safe to repair (a space before
/// punctuation "areas , Xia", stacked punctuation "legislation. , said", a doubled word "behind behind") and
/// only counts what is not ("Dur Ing", a capitalised "On"/"The"/"Those" in mid-sentence). Each is one noise marker.
/// </summary>
internal sealed partial class TokenRepairRule : ICleaningRule
{
    private static readonly SearchValues<char> Punctuation = SearchValues.Create(",.;:!?");

    // What the regexes' \s matches: every character .NET counts as white space.
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    // What BrokenSuffix and CapitalisedFunctionWord can match, with the space before: a line holding none of
    // these (most do not) is spared both regexes, whose look-behinds try every position of the line.
    private static readonly SearchValues<string> SuffixStarts = SearchValues.Create([" Ing", " Tion", " Sion", " Ment", " Ness", " Ities"], StringComparison.Ordinal);

    private static readonly SearchValues<string> FunctionWords = SearchValues.Create(
        [" A ", " An ", " The ", " On ", " In ", " Of ", " To ", " For ", " With ", " At ", " By ", " From ", " Those ", " These ", " This ", " That ", " And ", " Or ", " But ", " As ", " Into ", " Its ", " Their "],
        StringComparison.Ordinal);

    public void Apply(ArticleDraft draft)
    {
        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var line = draft.Lines[i];
            var repaired = Repair(line.Text, out var markers);
            draft.CountNoise(markers);
            if (!ReferenceEquals(repaired, line.Text))
            {
                draft.Lines[i] = line with { Text = repaired };
            }
        }
    }

    public static string Repair(string line, out int markers)
    {
        var count = 0;
        var text = line;
        if (HasSpaceBeforePunctuation(text))
        {
            text = StackedPunctuation().Replace(text, match =>
            {
                count++;
                return match.Groups["last"].Value;
            });
            text = SpaceBeforePunctuation().Replace(text, _ =>
            {
                count++;
                return string.Empty;
            });
        }

        text = RepairDoubledWords(text, ref count);

        if (text.AsSpan().ContainsAny(SuffixStarts))
        {
            count += BrokenSuffix().Count(text);
        }

        if (HasAfterLowerCase(text, FunctionWords))
        {
            count += CapitalisedFunctionWord().Count(text);
        }

        markers = count;
        return text == line ? line : text;
    }

    /// <summary>
    /// Whether <see cref="DoubledWord"/> can match: a run of two or more lower-case letters that starts a
    /// word and is followed, after white space, by the same letters ending a word. One pass without
    /// allocation; most lines have none, and the regex costs more than the whole rest of the rule.
    /// </summary>
    internal static bool HasDoubledWord(string text) => NextDoubledWord(text, 0, out _, out _, out _);

    /// <summary>
    /// <paramref name="text"/> with each doubled word but those English uses on purpose made single, one
    /// marker each. ASCII text (nearly all, once folded) is mended by <see cref="NextDoubledWord"/>, which
    /// finds exactly what the regex does there; elsewhere the regex decides, as Unicode word boundaries are
    /// its to define.
    /// </summary>
    internal static string RepairDoubledWords(string text, ref int count)
    {
        if (!NextDoubledWord(text, 0, out var start, out var length, out var end))
        {
            return text;
        }

        if (!Ascii.IsValid(text))
        {
            var found = 0;
            var repaired = DoubledWord().Replace(text, match =>
            {
                if (IsLegitimateDouble(match.Groups["word"].ValueSpan))
                {
                    return match.Value;
                }

                found++;
                return match.Groups["word"].Value;
            });
            count += found;
            return repaired;
        }

        // The mended text is never longer than the line, so one rented buffer holds it.
        char[]? single = null;
        var written = 0;
        var copied = 0;
        do
        {
            if (!IsLegitimateDouble(text.AsSpan(start, length)))
            {
                count++;
                single ??= ArrayPool<char>.Shared.Rent(text.Length);
                text.AsSpan(copied, start + length - copied).CopyTo(single.AsSpan(written));
                written += start + length - copied;
                copied = end;
            }
        }
        while (NextDoubledWord(text, end, out start, out length, out end));

        if (single is null)
        {
            return text;
        }

        text.AsSpan(copied).CopyTo(single.AsSpan(written));
        var mended = new string(single, 0, written + text.Length - copied);
        ArrayPool<char>.Shared.Return(single);
        return mended;
    }

    /// <summary>
    /// The first doubled word at or after <paramref name="from"/>, as <see cref="DoubledWord"/> would match
    /// it in ASCII text: where its first copy starts, the word's length, and where its second copy ends.
    /// Only the words either side of white space can be one, so it jumps from one gap to the next.
    /// </summary>
    private static bool NextDoubledWord(string text, int from, out int start, out int length, out int end)
    {
        var at = from;
        int found;
        while ((found = text.AsSpan(at).IndexOfAny(WhiteSpace)) >= 0)
        {
            var gap = at + found;
            var next = gap + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            // The word before the gap: the lower-case letters just before it, starting a word.
            start = gap;
            while (start > from && char.IsLower(text[start - 1]))
            {
                start--;
            }

            length = gap - start;
            end = next + length;
            if (length >= 2 && (start == 0 || !IsWordChar(text[start - 1])) && end <= text.Length
                && text.AsSpan(next, length).SequenceEqual(text.AsSpan(start, length))
                && (end == text.Length || !IsWordChar(text[end])))
            {
                return true;
            }

            at = next;
        }

        (start, length, end) = (0, 0, 0);
        return false;
    }

    // Doubled words that English uses on purpose.
    private static bool IsLegitimateDouble(ReadOnlySpan<char> word) => word is "had" or "that" or "bye" or "no";

    /// <summary>
    /// Whether white space is followed by one of ",.;:!?": both <see cref="StackedPunctuation"/> and
    /// <see cref="SpaceBeforePunctuation"/> need that, and only garbled lines have it.
    /// </summary>
    private static bool HasSpaceBeforePunctuation(string text)
    {
        var at = 0;
        int found;
        while ((found = text.AsSpan(at).IndexOfAny(Punctuation)) >= 0)
        {
            var i = at + found;
            if (i > 0 && char.IsWhiteSpace(text[i - 1]))
            {
                return true;
            }

            at = i + 1;
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="words"/> (each with its spaces) follows a lower-case letter.</summary>
    private static bool HasAfterLowerCase(string text, SearchValues<string> words)
    {
        var at = 0;
        int found;
        while ((found = text.AsSpan(at).IndexOfAny(words)) >= 0)
        {
            var i = at + found;
            if (i > 0 && char.IsLower(text[i - 1]))
            {
                return true;
            }

            at = i + 1;
        }

        return false;
    }

    // What .NET's \w and \b count as a word character.
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;

    // ". ," or ". ." with a space between: keep the last mark. An ellipsis has no spaces and is not touched.
    [GeneratedRegex(@"(?<=\w)[.,;:](?:\s+[.,;:])*\s+(?<last>[.,;:])(?=\s|$)")]
    private static partial Regex StackedPunctuation();

    [GeneratedRegex(@"(?<=\w)\s+(?=[,.;:!?](?:\s|$))")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\b(?<word>\p{Ll}{2,})\s+\k<word>\b")]
    private static partial Regex DoubledWord();

    // A word split before a common suffix: "Dur Ing", "informa Tion". Such suffixes are never words of their own.
    [GeneratedRegex(@"(?<=\p{L}\x20)(?:Ing|Ings|Tion|Tions|Sion|Sions|Ment|Ments|Ness|Ities)\b")]
    private static partial Regex BrokenSuffix();

    // A function word capitalised right after a lower-case word ("access On the Internet", "for A better future"):
    // machine rewriters leave these; in edited text only a sentence start or a name is capitalised.
    [GeneratedRegex(@"(?<=\b\p{Ll}+\x20)(?:A|An|The|On|In|Of|To|For|With|At|By|From|Those|These|This|That|And|Or|But|As|Into|Its|Their)(?=\x20\p{Ll})")]
    private static partial Regex CapitalisedFunctionWord();
}
