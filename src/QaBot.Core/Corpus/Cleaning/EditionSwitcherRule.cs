using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Drops edition and language switchers: "Global EditionASIA 中文双语Français". Scrapers glue the menu's
/// entries together, so the names are matched without word boundaries; two of them make a switcher.
/// </summary>
internal sealed partial class EditionSwitcherRule : LineNoiseRule
{
    public override bool IsNoise(string line) => LineShape.IsTitleLike(line) && HasTwoDifferentNames(line);

    /// <summary>
    /// Whether two of the matches are different names. The regex is case-sensitive, so a match is one of its names
    /// exactly, and no two names are the same in upper case: names that differ are different names in any case.
    /// </summary>
    private static bool HasTwoDifferentNames(string line)
    {
        var first = ReadOnlySpan<char>.Empty;
        foreach (var match in Names().EnumerateMatches(line))
        {
            var name = line.AsSpan(match.Index, match.Length);
            if (first.IsEmpty)
            {
                first = name;
            }
            else if (!name.SequenceEqual(first))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("Edition|English|中文|双语|简体|繁體|Français|Español|Deutsch|Русский|العربية|日本語|한국어|Português|Italiano")]
    internal static partial Regex Names();
}
