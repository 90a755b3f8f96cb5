using System.Buffers;
using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Finds the odd tokens of garbled or machine-rewritten text. It repairs what is safe to repair (a space before
/// punctuation "areas , Xia", stacked punctuation "legislation. , said", a doubled word "behind behind") and
/// only counts what is not ("Dur Ing", a capitalised "On"/"The"/"Those" in mid-sentence). Each is one noise marker.
/// </summary>
internal sealed partial class TokenRepairRule : ICleaningRule
{
    // Doubled words that English uses on purpose.
    private static readonly HashSet<string> LegitimateDoubles = new(StringComparer.Ordinal) { "had", "that", "bye", "no" };

    private static readonly SearchValues<char> Punctuation = SearchValues.Create(",.;:!?");

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

        text = !HasDoubledWord(text) ? text : DoubledWord().Replace(text, match =>
        {
            if (LegitimateDoubles.Contains(match.Groups["word"].Value))
            {
                return match.Value;
            }

            count++;
            return match.Groups["word"].Value;
        });

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
    internal static bool HasDoubledWord(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLower(text[i]) || (i > 0 && IsWordChar(text[i - 1])))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLower(text[i]))
            {
                i++;
            }

            var length = i - start;
            var next = i;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (length >= 2 && next > i && next + length <= text.Length
                && text.AsSpan(next, length).SequenceEqual(text.AsSpan(start, length))
                && (next + length == text.Length || !IsWordChar(text[next + length])))
            {
                return true;
            }
        }

        return false;
    }

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
