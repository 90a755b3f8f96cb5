using System.Buffers;
using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Reads byline and stamp lines: "By ZHANG YANGFEI | China Daily | Updated: 2021-02-04 09:06",
/// "XinhuaUpdated: November 25, 2020", "Source: Xinhua". A line is a byline only when every part of it is
/// understood and at least one part carries a keyword (By, Updated, Published, Posted, Source), so prose such as
/// "Published twice a year since 1997, the report..." is never taken for one.
/// </summary>
internal static partial class BylineParser
{
    private const int MaxLength = 160;

    // What a part needs to carry a keyword (By, Updated, Published, Posted, Source, Editor or Edited by):
    // a line with none of these is no byline, whatever its parts.
    private static readonly SearchValues<string> Keywords = SearchValues.Create(["updated", "published", "posted", "source", "edit"], StringComparison.OrdinalIgnoreCase);

    public static Byline? TryParse(string line)
    {
        if (line.Length > MaxLength || (!line.Contains("By", StringComparison.Ordinal) && !line.AsSpan().ContainsAny(Keywords)))
        {
            return null;
        }

        string? author = null;
        string? publisher = null;
        string? dateText = null;
        var keyed = false;
        foreach (var segment in line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            Match match;
            if ((match = By().Match(segment)).Success && LineShape.CountWords(match.Groups["name"].Value) <= 6)
            {
                author ??= PersonName.Tidy(match.Groups["name"].Value);
                keyed = true;
            }
            else if (HasStampKeyword(segment) && (match = Stamp().Match(segment)).Success && DateText.TryParse(match.Groups["date"].Value, out _))
            {
                var prefix = match.Groups["prefix"].Value.Trim();
                if (prefix.Length > 0 && !IsPublisherLike(prefix))
                {
                    return null;
                }

                publisher ??= prefix.Length > 0 ? prefix : null;
                dateText ??= match.Groups["date"].Value.Trim();
                keyed = true;
            }
            else if ((match = Source().Match(segment)).Success)
            {
                publisher ??= match.Groups["name"].Value.Trim();
                keyed = true;
            }
            else if (Editor().IsMatch(segment))
            {
                // An editor's credit is not the author; the part is understood and carries nothing we keep.
                keyed = true;
            }
            else if (DateText.TryParse(segment, out _))
            {
                dateText ??= segment;
            }
            else if (IsPublisherLike(segment))
            {
                publisher ??= segment;
            }
            else
            {
                return null;
            }
        }

        return keyed ? new Byline(author, publisher, dateText) : null;
    }

    private static bool IsPublisherLike(string text) =>
        text.Length <= 60
        && char.IsUpper(text[0])
        && LineShape.CountWords(text) <= 5
        && !LineShape.EndsLikeSentence(text)
        && !text.Contains(':', StringComparison.Ordinal);

    // Capitalised words (or all capitals) joined by spaces, "and" or "&": "By the end of 2020" is not a byline.
    [GeneratedRegex(@"^By:?\s+(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&))*)$")]
    private static partial Regex By();

    private static bool HasStampKeyword(string segment) =>
        segment.Contains("updated", StringComparison.OrdinalIgnoreCase)
        || segment.Contains("published", StringComparison.OrdinalIgnoreCase)
        || segment.Contains("posted", StringComparison.OrdinalIgnoreCase);

    // The publisher may be glued to the keyword, as in "XinhuaUpdated: November 25, 2020".
    [GeneratedRegex(@"^(?<prefix>.*?)\s*(?:Last\s+)?(?:Updated|Published|Posted)(?:\s+on)?\s*:?\s*(?<date>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();

    [GeneratedRegex(@"^(?i:Source)\s*:\s*(?<name>\p{Lu}[^:]{0,58})$")]
    private static partial Regex Source();

    [GeneratedRegex(@"^(?:Editor|Edited by|Web editor)\s*:?\s+\S.{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex Editor();
}
