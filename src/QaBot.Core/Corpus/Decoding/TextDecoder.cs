using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace QaBot.Core.Corpus.Decoding;

/// <summary>Turns a file's bytes into text and recognises binary files.</summary>
internal static class TextDecoder
{
    /// <summary>More than this share of control bytes (other than tab, line feed, form feed, carriage return) means binary.</summary>
    public const double MaxControlShare = 0.10;

    // Text that is not valid UTF-8 is read as Windows-1252, not ISO-8859-1 (Latin-1): the two agree on every
    // printable Latin-1 byte, but 1252 also maps 0x80-0x9F to the curly quotes, dashes and euro sign that old
    // Windows editors wrote there, where Latin-1 has invisible C1 control characters.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    // The control bytes that mark binary data: all but tab, line feed, form feed and carriage return.
    private static readonly SearchValues<byte> BinaryControls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(b => b is not (0x09 or 0x0A or 0x0C or 0x0D)).Select(b => (byte)b), 0x7F]);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        // UTF-16 is full of NUL bytes, so its byte order mark must be honoured before the binary test.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), null, "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), null, "utf-16be");
        }

        if (bytes.Contains((byte)0))
        {
            return new DecodedText(null, SkipReasons.NulBytes, "binary");
        }

        if (ControlShare(bytes) > MaxControlShare)
        {
            return new DecodedText(null, SkipReasons.ControlCharacters, "binary");
        }

        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        return Utf8.IsValid(bytes)
            ? new DecodedText(Encoding.UTF8.GetString(bytes), null, "utf-8")
            : new DecodedText(Windows1252.GetString(bytes), null, "windows-1252");
    }

    private static double ControlShare(ReadOnlySpan<byte> bytes)
    {
        // Text has none (a vectorised search tells); only what has some is counted byte by byte.
        if (bytes.IndexOfAny(BinaryControls) < 0)
        {
            return 0;
        }

        var controls = 0;
        foreach (var b in bytes)
        {
            if ((b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D)) || b == 0x7F)
            {
                controls++;
            }
        }

        return (double)controls / bytes.Length;
    }
}
