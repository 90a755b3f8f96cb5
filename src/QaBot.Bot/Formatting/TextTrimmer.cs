using System.Text;

namespace QaBot.Bot.Formatting;

/// <summary>Shortens text to a limit on a word boundary with an ellipsis, never splitting a surrogate pair.</summary>
internal static class TextTrimmer
{
    public const char Ellipsis = '…';

    /// <summary>
    /// <paramref name="text"/> when it fits in <paramref name="max"/> UTF-16 units, otherwise its longest
    /// prefix ending at a word boundary (or mid-word when the first word alone is too long) plus "…".
    /// The result is never longer than <paramref name="max"/>. Discord counts characters, which are never
    /// more than UTF-16 units, so this is on the safe side.
    /// </summary>
    public static string Trim(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (text.Length <= max)
        {
            return text;
        }

        if (max == 0)
        {
            return "";
        }

        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        // A space right at the cut still gives a prefix of at most cut characters.
        var space = text.LastIndexOfAny([' ', '\n', '\t'], cut, cut + 1);
        if (space > cut / 2)
        {
            cut = space;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>Collapses runs of whitespace (including newlines) into one space.</summary>
    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
