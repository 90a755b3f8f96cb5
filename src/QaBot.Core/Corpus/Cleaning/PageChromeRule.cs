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

    public override bool IsNoise(string line) =>
        line.Length <= MaxChars && LineShape.CountWords(line) <= MaxWords && Pattern().IsMatch(line);

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
    private static partial Regex Pattern();
}
