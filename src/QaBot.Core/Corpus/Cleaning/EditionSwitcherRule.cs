using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Drops edition and language switchers: "Global EditionASIA 中文双语Français". Scrapers glue the menu's
/// entries together, so the names are matched without word boundaries; two of them make a switcher.
/// </summary>
internal sealed partial class EditionSwitcherRule : LineNoiseRule
{
    private const int MinNames = 2;

    public override bool IsNoise(string line) =>
        LineShape.IsTitleLike(line) && Names().Matches(line).Select(m => m.Value.ToUpperInvariant()).Distinct().Count() >= MinNames;

    [GeneratedRegex("Edition|English|中文|双语|简体|繁體|Français|Español|Deutsch|Русский|العربية|日本語|한국어|Português|Italiano")]
    private static partial Regex Names();
}
