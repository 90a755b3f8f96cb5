using System.Text;
using System.Text.RegularExpressions;
using QaBot.Core.Corpus.Cleaning;
using QaBot.Core.Corpus.Decoding;

namespace QaBot.Core.Corpus.Formats;

/// <summary>
/// Markdown reduced to text lines: ATX and setext headings become headings, list items become items,
/// consecutive lines join into one paragraph (as Markdown renders them), and inline markup (emphasis, links,
/// images, code, escapes) is stripped to its text. Tables and nested structure are read as plain lines.
/// </summary>
internal static partial class MarkdownFormat
{
    public static IReadOnlyList<SourceLine> Lines(string normalizedText)
    {
        var lines = new List<SourceLine>();
        var paragraph = new List<string>();
        var inFence = false;

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                Add(lines, string.Join(' ', paragraph), LineKind.Plain);
                paragraph.Clear();
            }
        }

        foreach (var raw in RemoveComments(normalizedText).Split('\n'))
        {
            if (Fence().IsMatch(raw))
            {
                Flush();
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                // Code is kept verbatim, one line each: inline rules must not eat its underscores and stars.
                if (raw.Length > 0)
                {
                    lines.Add(new SourceLine(raw));
                }

                continue;
            }

            var line = BlockQuote().Replace(raw, string.Empty);
            Match match;
            if (line.Length == 0)
            {
                Flush();
            }
            else if ((match = AtxHeading().Match(line)).Success)
            {
                Flush();
                Add(lines, match.Groups["text"].Value, LineKind.Heading);
            }
            else if (SetextUnderline().IsMatch(line) && paragraph.Count > 0)
            {
                var heading = string.Join(' ', paragraph);
                paragraph.Clear();
                Add(lines, heading, LineKind.Heading);
            }
            else if (ThematicBreak().IsMatch(line) || ReferenceDefinition().IsMatch(line))
            {
                Flush();
            }
            else if ((match = ListItem().Match(line)).Success)
            {
                Flush();
                var item = match.Groups["text"].Value;
                Add(lines, item, WholeLink().IsMatch(item) ? LineKind.LinkItem : LineKind.ListItem);
            }
            else
            {
                paragraph.Add(line);
            }
        }

        Flush();
        return lines;
    }

    /// <summary>The text of one line of Markdown with its inline markup removed.</summary>
    public static string StripInline(string text)
    {
        var result = Image().Replace(text, string.Empty);
        result = InlineLink().Replace(result, "${text}");
        result = ReferenceLink().Replace(result, "${text}");
        result = AutoLink().Replace(result, "${url}");
        result = Code().Replace(result, "${code}");
        result = Strong().Replace(result, "${text}");
        result = StarEmphasis().Replace(result, "${text}");
        result = UnderscoreEmphasis().Replace(result, "${text}");
        result = Strike().Replace(result, "${text}");
        result = Escape().Replace(result, "${char}");
        return TextNormalizer.NormalizeLine(result);
    }

    /// <summary>Removes HTML comments in one pass; an unclosed comment runs to the end, as a browser reads it.</summary>
    private static string RemoveComments(string text)
    {
        var start = text.IndexOf("<!--", StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var position = 0;
        while (start >= 0)
        {
            result.Append(text, position, start - position);
            var end = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            if (end < 0)
            {
                return result.ToString();
            }

            position = end + 3;
            start = text.IndexOf("<!--", position, StringComparison.Ordinal);
        }

        return result.Append(text, position, text.Length - position).ToString();
    }

    private static void Add(List<SourceLine> lines, string markdown, LineKind kind)
    {
        var text = StripInline(markdown);
        if (text.Length > 0)
        {
            lines.Add(new SourceLine(text, kind));
        }
    }

    [GeneratedRegex("^(?:```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^(?:>\s?)+")]
    private static partial Regex BlockQuote();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.*?)(?:\s+#+)?\s*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex("^(?:=+|-+)$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^\[[^\]]+\]:\s*\S+")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?(?<text>.+)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\[[^\]]{1,300}\](?:\([^)]{0,2000}\)|\[[^\]]{0,300}\])$")]
    private static partial Regex WholeLink();

    // Inline spans are bounded in length: an unclosed "**" or "[" in a long paragraph must cost linear time,
    // not a scan to the end of the text for every opener.
    [GeneratedRegex(@"!\[[^\]]{0,300}\](?:\([^)]{0,2000}\)|\[[^\]]{0,300}\])")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]{1,300})\]\([^)]{0,2000}\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"\[(?<text>[^\]]{1,300})\]\[[^\]]{0,300}\]")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"<(?<url>(?:https?|mailto):[^>\s]{1,2000})>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"`{1,3}(?<code>[^`]{1,500})`{1,3}")]
    private static partial Regex Code();

    [GeneratedRegex(@"(?<![\\\w])(\*\*|__)(?=\S)(?<text>.{1,300}?)(?<=\S)\1(?!\w)")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\\\w*])\*(?=[^\s*])(?<text>.{1,300}?)(?<=[^\s*\\])\*(?![\w*])")]
    private static partial Regex StarEmphasis();

    [GeneratedRegex(@"(?<![\\\w])_(?=[^\s_])(?<text>.{1,300}?)(?<=[^\s_\\])_(?!\w)")]
    private static partial Regex UnderscoreEmphasis();

    [GeneratedRegex("~~(?<text>.{1,300}?)~~")]
    private static partial Regex Strike();

    [GeneratedRegex(@"\\(?<char>[\\`*_{}\[\]()#+\-.!>|~])")]
    private static partial Regex Escape();
}
