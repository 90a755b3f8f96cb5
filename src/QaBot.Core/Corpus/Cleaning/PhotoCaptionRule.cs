using System.Buffers;
using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Drops photo captions, recognised by their credit: "... [Photo/Xinhua]", "... (Xinhua/Yang Wenbin)",
/// "An Internet user in China. Photo: Xinhua", "... Chen Shengwei/For China Daily ...". A caption describes a
/// picture the reader cannot see and is never an answer; its credit is the photographer's agency, not the publisher.
/// </summary>
internal sealed partial class PhotoCaptionRule : LineNoiseRule
{
    private static readonly SearchValues<string> CreditWords = SearchValues.Create(["photo", "image"], StringComparison.OrdinalIgnoreCase);

    // Each regex runs only on lines that hold what it needs, which few do: a closing bracket or "photo"/"image"
    // for an end credit, a slash for a "/For" credit, a possible first letter for a leading one.
    public override bool IsNoise(string line) =>
        (MayEndWithCredit(line) && EndCredit().IsMatch(line))
        || (line.Contains('/', StringComparison.Ordinal) && ForCredit().IsMatch(line))
        || (line.Length > 0 && line[0] is 'f' or 'F' or 'p' or 'P' or 'i' or 'I' && Leading().IsMatch(line));

    internal static bool MayEndWithCredit(string line)
    {
        var end = line.AsSpan().TrimEnd();
        return end.Length > 0 && (end[^1] is ']' or ')' || end.ContainsAny(CreditWords));
    }

    // A credit closing the line: [Photo/Xinhua], [Photo provided to China Daily], (Photo: AFP),
    // (Xinhua/Yang Wenbin), or "Photo: Xinhua" / "Photo by Jane Roe" after the caption's last sentence.
    [GeneratedRegex(
        """
        (?:
            \[\s*(?i:file\s+)?(?i:photos?|images?|video)\b[^\]]{0,60}\]
          | \(\s*(?i:file\s+)?(?i:photos?|images?)\s*(?::|/|(?i:by)\b)[^)]{1,60}\)
          | \(\s*\p{Lu}[\p{L}.&'\x20-]{1,30}/\s*\p{Lu}[\p{L}.'\x20-]{1,40}\)
          | (?:^|[.!?]\s+)(?i:file\s+)?(?i:photos?|images?)\s*(?::|/|(?i:by)\b)\s*\p{Lu}[\p{L}.&'/\x20-]{1,40}
        )\s*$
        """,
        RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex EndCredit();

    // China Daily's photographer credit "Name/For China Daily" may sit anywhere in a truncated caption.
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3}\s?/\s?For \p{Lu}")]
    private static partial Regex ForCredit();

    [GeneratedRegex(@"^(?:file\s+)?(?:photos?|images?)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();
}
