using System.Net;
using System.Text.RegularExpressions;
using QaBot.Core.Corpus.Decoding;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Removes HTML that leaked into text: the tails of broken links (<c>site.com/x" target="_BLANK"&gt;</c>),
/// stray tags (<c>&lt; / p&gt;</c>, <c>&lt;br&gt;</c>), comments, and decodes entities (<c>&amp;nbsp;</c>).
/// Every fragment removed or entity decoded is one noise marker.
/// </summary>
internal sealed partial class InlineMarkupRule : ICleaningRule
{
    public void Apply(ArticleDraft draft)
    {
        for (var i = draft.Lines.Count - 1; i >= 0; i--)
        {
            var line = draft.Lines[i];
            var cleaned = Clean(line.Text, out var fragments);
            if (fragments == 0)
            {
                continue;
            }

            draft.CountNoise(fragments);
            if (cleaned.Length == 0)
            {
                draft.Lines.RemoveAt(i);
            }
            else
            {
                draft.Lines[i] = line with { Text = cleaned };
            }
        }
    }

    /// <summary>The line without markup, normalised again (a decoded <c>&amp;nbsp;</c> is a space to fold).</summary>
    public static string Clean(string line, out int fragments)
    {
        ArgumentNullException.ThrowIfNull(line);

        // Every pattern below needs one of these; most lines hold none, and the regexes cost more than the check.
        if (line.AsSpan().IndexOfAny('<', '>', '&') < 0)
        {
            fragments = 0;
            return line;
        }

        var count = 0;
        var text = Comment().Replace(line, _ =>
        {
            count++;
            return " ";
        });
        text = Tag().Replace(text, _ =>
        {
            count++;
            return " ";
        });

        // The run is glued to the word after it ('..._BLANK">Internet'), so it is cut without leaving a space.
        text = AttributeTail().Replace(text, match =>
        {
            count += match.Value.Count(c => c == '>');
            return string.Empty;
        });
        text = Entity().Replace(text, match =>
        {
            var decoded = WebUtility.HtmlDecode(match.Value);
            if (decoded == match.Value)
            {
                return decoded;
            }

            count++;
            return decoded;
        });

        fragments = count;
        return count == 0 ? line : TextNormalizer.NormalizeLine(text);
    }

    [GeneratedRegex("<!--.*?(?:-->|$)")]
    private static partial Regex Comment();

    // A known tag name right after '<' (or after "< /" as scrapers mangle end tags), then attribute-like text.
    // "a < b and c > d" is left alone: no tag starts "< b".
    [GeneratedRegex(
        """<(?:\s*/\s*)?(?:a|abbr|article|aside|b|big|blockquote|br|button|center|cite|code|del|div|em|figcaption|figure|font|footer|form|h[1-6]|header|hr|i|iframe|img|input|ins|label|li|link|meta|nav|noscript|ol|p|pre|q|s|script|section|small|span|strike|strong|style|sub|sup|table|tbody|td|th|thead|tr|u|ul)\b(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))?)*\s*/?\s*>""",
        RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // What is left of '<a href="URL" target="_BLANK">' once the scraper lost '<a href="': the URL's tail,
    // its closing quote, any attributes and the '>'. One match may hold several fragments in a row.
    // Lengths are bounded so that a long run of non-space text costs linear, not quadratic, time.
    [GeneratedRegex("""(?:[^\s"<>]{0,300}"(?:\s*[A-Za-z_][\w:-]{0,40}\s*=\s*"[^"<>]{0,300}")*\s*/?>)+""")]
    private static partial Regex AttributeTail();

    [GeneratedRegex("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex Entity();
}
