using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Drops the words of a page's controls that scrapers keep: share buttons ("Share - WeChat"), "Read more →",
/// "Rate and Comment", "Already have an account? Login here", "contact us", "Add Job Alert", "Back to top".
/// Only short lines are considered; a sentence that happens to start with "Share" is prose.
/// </summary>
internal sealed partial class PageChromeRule : LineNoiseRule
{
    private const int MaxChars = 120;
    private const int MaxWords = 8;

    // The first two letters of every word an alternative of Pattern opens with ("sh" for share, "we" for WeChat and Weibo...).
    // A new alternative needs its opening here.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openings = new[]
    {
        "ab", "ad", "ap", "ba", "cl", "co", "do", "e-", "ed", "em", "fa", "fo", "jo", "la", "le", "li", "lo", "ma", "mo", "ne",
        "po", "pr", "qz", "ra", "re", "se", "sh", "si", "sk", "sp", "su", "te", "to", "tr", "tw", "vi", "we", "wh", "yo",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // What the two alternatives that may start anywhere need: an account prompt's first word, or an arrow (">>" is the only ASCII one).
    private static readonly SearchValues<string> Anywhere = SearchValues.Create(["already", "don", "forgot", ">>"], StringComparison.OrdinalIgnoreCase);

    public override bool IsNoise(string line) =>
        line.Length <= MaxChars && LineShape.CountWords(line) <= MaxWords && MayBeChrome(line) && Pattern().IsMatch(line);

    /// <summary>
    /// Whether <see cref="Pattern"/> can match an ASCII line: it opens with one of <see cref="Openings"/>, with a digit or white
    /// space (a comment count), or holds one of <see cref="Anywhere"/>. Every match is at least two characters long, and ASCII
    /// letters match nothing but their own two cases. Other lines go to the regex, whose case-insensitive matching also pairs
    /// some non-ASCII letters with ASCII ones.
    /// </summary>
    internal static bool MayBeChrome(string line) =>
        !Ascii.IsValid(line)
        || (line.Length >= 2
            && (char.IsAsciiDigit(line[0]) || char.IsWhiteSpace(line[0]) || Openings.Contains(line.AsSpan(0, 2)) || line.AsSpan().ContainsAny(Anywhere)));

    [GeneratedRegex(
        """
        ^(?:
            share(?:\s*[-:|/].*|\s+(?:this|on|via|to|it)\b.*)?
          | (?:(?:we\s?chat|weibo|facebook|twitter|linkedin|whats\s?app|e-?mail|print|mail|copy\s+link|qzone|reddit|telegram)\s*[|/,·-]?\s*)+
          | (?:read|see|view)\s+(?:more|also|full\s+(?:story|article))\b.*
          | (?:related|recommended|trending|top\s+stories|latest\s+news|editor'?s\s+picks?|you\s+may\s+(?:also\s+)?like
              |most\s+(?:read|popular|viewed|shared)|more\s+(?:stories|news|articles|from\b.*))(?:\s+(?:stories|articles|news|reading))?\s*:?
          | rate\s+(?:and|&)\s+comment | (?:leave|add|post)\s+a\s+comment | \d*\s*comments?(?:\s*\(\d+\))?
          | .*\b(?:already\s+have\s+an\s+account|don'?t\s+have\s+an\s+account|forgot\s+(?:your\s+)?password)\b.*
          | (?:log\s?in|sign\s?in|sign\s?up|register|subscribe|follow\s+us|join\s+us)(?:\s+(?:here|now|today|to\b.*|on\b.*|for\b.*))?
          | contact\s+us | about\s+us | privacy(?:\s+policy)? | terms\s+of\s+(?:use|service) | advertise(?:\s+with\s+us)?
          | site\s?map | back\s+to\s+top | advertisement | sponsored(?:\s+content)? | click\s+here\b.* | skip\s+to\s+(?:main\s+)?content
          | download\s+(?:the\s+|our\s+)?app\b.*
          | add\s+(?:a\s+)?(?:job\s+|email\s+|news\s+)?alerts? | job\s+alerts? | apply\s+now | post\s+a\s+job
          | (?:previous|next)(?:\s+(?:article|page|story|post))?
          | .{0,40}(?:→|»|›|>>)
        )$
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    internal static partial Regex Pattern();
}
