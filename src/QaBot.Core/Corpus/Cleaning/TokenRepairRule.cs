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
        var text = StackedPunctuation().Replace(line, match =>
        {
            count++;
            return match.Groups["last"].Value;
        });
        text = SpaceBeforePunctuation().Replace(text, _ =>
        {
            count++;
            return string.Empty;
        });
        text = !HasDoubledWord(text) ? text : DoubledWord().Replace(text, match =>
        {
            if (LegitimateDoubles.Contains(match.Groups["word"].Value))
            {
                return match.Value;
            }

            count++;
            return match.Groups["word"].Value;
        });

        count += BrokenSuffix().Count(text) + CapitalisedFunctionWord().Count(text);
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
