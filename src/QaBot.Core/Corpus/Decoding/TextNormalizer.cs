using System.Buffers;
using System.Globalization;
using System.Text;

namespace QaBot.Core.Corpus.Decoding;

/// <summary>
/// Puts text into one canonical form so rules and the search index see the same characters:
/// Unicode NFKC, every kind of space folded to U+0020, invisible format characters dropped,
/// runs of spaces collapsed and lines trimmed. Curly quotes and dashes survive (NFKC keeps them).
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Texts up to this many characters are folded on the stack.</summary>
    private const int StackLimit = 256;

    // ASCII's control characters, which folding drops or turns into spaces; the second keeps line breaks.
    private static readonly SearchValues<char> Controls = SearchValues.Create([.. Enumerable.Range(0, 32).Select(c => (char)c), '\x7F']);
    private static readonly SearchValues<char> ControlsButNewLine = SearchValues.Create([.. Enumerable.Range(0, 32).Where(c => c != '\n').Select(c => (char)c), '\x7F']);

    /// <summary>Normalises a whole text, keeping its line breaks (all of them become <c>\n</c>).</summary>
    public static string Normalize(string text) => Fold(Prepare(text).ReplaceLineEndings("\n"), keepNewLines: true);

    /// <summary>Normalises text that must stay on one line: line breaks become spaces.</summary>
    public static string NormalizeLine(string text) => Fold(Prepare(text), keepNewLines: false);

    /// <summary>
    /// Whether nothing would be left of <paramref name="text"/> once normalised: only white space and
    /// invisible format or control characters. Stops at the first visible character, without a copy.
    /// </summary>
    public static bool IsBlank(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune) && !IsInvisible(rune))
            {
                return false;
            }
        }

        return true;
    }

    private static string Prepare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // NFKC maps compatibility forms to plain ones: no-break and ideographic spaces to U+0020,
        // full-width letters and digits to ASCII, ligatures to letters. Lone surrogates would make
        // Normalize throw, so they are replaced first (the decoders already do, this is for callers).
        return Ascii.IsValid(text) ? text : RemoveLoneSurrogates(text).Normalize(NormalizationForm.FormKC);
    }

    private static string Fold(string text, bool keepNewLines) =>
        Ascii.IsValid(text) ? FoldAscii(text, keepNewLines) : FoldUnicode(text, keepNewLines);

    private static string FoldAscii(string text, bool keepNewLines) =>
        IsFoldedAscii(text, keepNewLines) ? text : FoldAsciiChars(text, keepNewLines);

    /// <summary>
    /// Whether folding leaves ASCII <paramref name="text"/> as it is, found with vectorised searches: no
    /// control character (the only white space ASCII has beside the space, but kept line breaks), no space
    /// beside another, a line break or either end. Most article text is so, once its lines are read.
    /// </summary>
    internal static bool IsFoldedAscii(ReadOnlySpan<char> text, bool keepNewLines) =>
        text.IndexOfAny(keepNewLines ? ControlsButNewLine : Controls) < 0
        && text.IndexOf("  ", StringComparison.Ordinal) < 0
        && (text.IsEmpty || (text[0] != ' ' && text[^1] != ' '))
        && (!keepNewLines || (text.IndexOf(" \n", StringComparison.Ordinal) < 0 && text.IndexOf("\n ", StringComparison.Ordinal) < 0));

    // The same folding for plain ASCII (already NFKC, no format characters): a char loop without rune decoding,
    // into a buffer as long as the text (folding never lengthens it), and the text itself when nothing changed.
    internal static string FoldAsciiChars(string text, bool keepNewLines)
    {
        char[]? rented = null;
        Span<char> result = text.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c == '\n' && keepNewLines)
            {
                result[length++] = '\n';
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
            }
            else if (!char.IsControl(c))
            {
                if (pendingSpace && length > 0 && result[length - 1] != '\n')
                {
                    result[length++] = ' ';
                }

                pendingSpace = false;
                result[length++] = c;
            }
        }

        var folded = result[..length].SequenceEqual(text) ? text : new string(result[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return folded;
    }

    // Rune by rune into a buffer as long as the text: folding never lengthens it (a run of white space gives at most one
    // space, and a lone surrogate becomes one U+FFFD). Printable ASCII other than the space, most of any Latin text, is
    // copied a run at a time: every such character is visible and kept as it is.
    internal static string FoldUnicode(string text, bool keepNewLines)
    {
        char[]? rented = null;
        Span<char> result = text.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var pendingSpace = false;
        var i = 0;
        while (i < text.Length)
        {
            var printable = text.AsSpan(i).IndexOfAnyExceptInRange('!', '~');
            if (printable != 0)
            {
                var run = printable < 0 ? text.Length - i : printable;
                if (pendingSpace && length > 0 && result[length - 1] != '\n')
                {
                    result[length++] = ' ';
                }

                pendingSpace = false;
                text.AsSpan(i, run).CopyTo(result[length..]);
                length += run;
                i += run;
                continue;
            }

            // EnumerateRunes decodes the same way: a lone surrogate is one U+FFFD.
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            i += consumed;
            if (rune.Value == '\n' && keepNewLines)
            {
                result[length++] = '\n';
                pendingSpace = false;
                continue;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = true;
                continue;
            }

            if (IsInvisible(rune))
            {
                continue;
            }

            if (pendingSpace && length > 0 && result[length - 1] != '\n')
            {
                result[length++] = ' ';
            }

            pendingSpace = false;
            length += rune.EncodeToUtf16(result[length..]);
        }

        var folded = new string(result[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return folded;
    }

    /// <summary>
    /// Format and control characters: zero-width spaces and joiners, soft hyphens, BOMs and direction marks
    /// are category Cf; none of them is visible or searchable, and they split words the reader sees as one.
    /// </summary>
    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control;

    private static string RemoveLoneSurrogates(string text)
    {
        if (!HasLoneSurrogate(text))
        {
            return text;
        }

        // Enumerating runes yields U+FFFD for every surrogate without its partner.
        var result = new StringBuilder(text.Length);
        Span<char> buffer = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            result.Append(buffer[..rune.EncodeToUtf16(buffer)]);
        }

        return result.ToString();
    }

    private static bool HasLoneSurrogate(string text)
    {
        // Most text has no surrogate at all, which a vectorised search tells; the pairs are checked from the first one on.
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return false;
        }

        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
