using System.Text;
using QaBot.Core.Corpus;
using QaBot.Core.Corpus.Decoding;

namespace QaBot.Core.Tests.Corpus.Decoding;

public class TextDecoderTests
{
    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("China’s")]);

        Assert.Equal(new DecodedText("China’s", null, "utf-8"), decoded);
    }

    [Fact]
    public void Decode_InvalidUtf8_FallsBackToWindows1252()
    {
        // "café – “ok”" as Windows-1252: é is 0xE9, the en dash 0x96, curly quotes 0x93/0x94. 0xE9 alone is invalid UTF-8.
        byte[] bytes = [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x96, (byte)' ', 0x93, (byte)'o', (byte)'k', 0x94];

        Assert.Equal(new DecodedText("café – “ok”", null, "windows-1252"), TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Decode_Utf16WithBom_IsText()
    {
        var decoded = TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Hello 中文")]);

        Assert.Equal(new DecodedText("Hello 中文", null, "utf-16le"), decoded);
    }

    [Fact]
    public void Decode_NulByte_IsBinary()
    {
        Assert.Equal(new DecodedText(null, SkipReasons.NulBytes, "binary"), TextDecoder.Decode([(byte)'a', 0, (byte)'b']));
    }

    [Fact]
    public void Decode_ManyControlBytes_IsBinary()
    {
        byte[] bytes = [.. Enumerable.Repeat((byte)'a', 8), 0x01, 0x02];

        Assert.Equal(new DecodedText(null, SkipReasons.ControlCharacters, "binary"), TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Decode_FewControlBytes_IsText()
    {
        byte[] bytes = [.. Enumerable.Repeat((byte)'a', 30), 0x07];

        Assert.Equal("utf-8", TextDecoder.Decode(bytes).EncodingName);
    }
}
