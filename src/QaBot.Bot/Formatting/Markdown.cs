using System.Text;

namespace QaBot.Bot.Formatting;

/// <summary>Article text is shown as written: Discord markdown characters in it are escaped.</summary>
internal static class Markdown
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '#' or '[' or ']')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Escapes, then trims to <paramref name="max"/> without leaving a lone escape at the cut.</summary>
    public static string EscapeAndTrim(string text, int max)
    {
        var escaped = Escape(text);
        var trimmed = TextTrimmer.Trim(escaped, max);
        if (trimmed.Length < escaped.Length && trimmed.Length >= 2 && trimmed[^2] == '\\')
        {
            trimmed = trimmed[..^2] + TextTrimmer.Ellipsis;
        }

        return trimmed;
    }
}
