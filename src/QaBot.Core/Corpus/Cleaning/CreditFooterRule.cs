using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Drops credit and disclaimer footers: "The stories were compiled by ... and first published at",
/// "This article was first published in ...", "The views don't necessarily reflect those of ...", "Editor: ...".
/// </summary>
internal sealed partial class CreditFooterRule : LineNoiseRule
{
    private const int MaxChars = 400;
    private const int MaxWords = 40;

    public override bool IsNoise(string line) =>
        line.Length <= MaxChars && LineShape.CountWords(line) <= MaxWords && Pattern().IsMatch(line);

    [GeneratedRegex(
        """
          \b(?:compiled|written|edited|reported|translated|prepared)\s+by\b.*\b(?:published|appeared|posted)\s+(?:at|in|on|by)\b
        | ^this\s+(?:article|story|piece|column|report)\s+(?:was\s+|is\s+)?(?:originally\s+|first\s+)?(?:published|appeared|posted)\b
        | \bviews?\s+(?:expressed\s+)?.{0,40}\b(?:do\s+not|don'?t|does\s+not|doesn'?t)\s+necessarily\s+(?:reflect|represent)\b
        | ^(?:editor|reporter|writer|translator|translated\s+by|edited\s+by)\s*:\s*\S.{0,40}$
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Pattern();
}
