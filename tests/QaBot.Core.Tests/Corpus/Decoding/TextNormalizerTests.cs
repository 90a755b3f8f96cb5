using QaBot.Core.Corpus.Decoding;

namespace QaBot.Core.Tests.Corpus.Decoding;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Ministry of Industry and\u00A0Information\u00A0Technology", "Ministry of Industry and Information Technology")]
    [InlineData("thin\u2009space and\u3000ideographic", "thin space and ideographic")]
    [InlineData("zero\u200Bwidth\u200Djoin\uFEFF", "zerowidthjoin")]
    [InlineData("soft\u00ADhyphen", "softhyphen")]
    [InlineData("  many   spaces\tand tab  ", "many spaces and tab")]
    [InlineData("ＦＵＬＬ ｗｉｄｔｈ １２３", "FULL width 123")]
    [InlineData("ﬁnance", "finance")]
    [InlineData("“curly” ‘quotes’ – dash — em", "“curly” ‘quotes’ – dash — em")]
    [InlineData("bell\u0007char", "bellchar")]
    [InlineData("中文双语Français", "中文双语Français")]
    public void NormalizeLine_OddCharacters_FoldsToPlainText(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizeLine(input));
    }

    [Fact]
    public void Normalize_MixedLineEndings_KeepsLinesAndTrimsEach()
    {
        Assert.Equal("one\ntwo\n\nthree\nfour", TextNormalizer.Normalize("  one \r\ntwo\u00A0\r\r three\u2028four"));
    }

    [Fact]
    public void NormalizeLine_LineBreaks_BecomeSpaces()
    {
        Assert.Equal("one two", TextNormalizer.NormalizeLine("one\n\ntwo"));
    }

    [Fact]
    public void NormalizeLine_LoneSurrogate_IsReplacedNotThrown()
    {
        Assert.Equal("a\uFFFDb", TextNormalizer.NormalizeLine("a\uD800b"));
    }

    [Fact]
    public void NormalizeLine_TextAlreadyNormal_ReturnsTheSameString()
    {
        var text = "Already plain: one space between words.";

        Assert.Same(text, TextNormalizer.NormalizeLine(text));
    }

    [Fact]
    public void Normalize_LongerThanTheStackBuffer_FoldsEveryLine()
    {
        var line = string.Concat(Enumerable.Repeat("word  \t word ", 40));
        var expected = string.Join(' ', Enumerable.Repeat("word word", 40));

        Assert.Equal(expected + "\n" + expected, TextNormalizer.Normalize(line + "\r\n " + line));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(" \t\r\n ", true)]
    [InlineData("\u00A0\u200B\uFEFF\u2028\u3000", true)]
    [InlineData("\u0001\u007F\u00AD", true)]
    [InlineData("a", false)]
    [InlineData("  \u200B.", false)]
    [InlineData("\u00A0中", false)]
    [InlineData("\uD800", false)]
    public void IsBlank_SaysWhetherNormalisingLeavesNothing(string text, bool blank)
    {
        Assert.Equal(blank, TextNormalizer.IsBlank(text));
        Assert.Equal(blank, TextNormalizer.NormalizeLine(text).Length == 0);
    }

    [Theory]
    [InlineData("one two.\nthree", true, true)]
    [InlineData("one  two", true, false)]
    [InlineData(" one", false, false)]
    [InlineData("one ", false, false)]
    [InlineData("one \ntwo", true, false)]
    [InlineData("one\n two", true, false)]
    [InlineData("one\ntwo", false, false)]
    [InlineData("one\ttwo", true, false)]
    [InlineData("one\u007Ftwo", true, false)]
    [InlineData("", true, true)]
    public void IsFoldedAscii_SaysWhenFoldingChangesNothing(string text, bool keepNewLines, bool expected)
    {
        Assert.Equal(expected, TextNormalizer.IsFoldedAscii(text, keepNewLines));
        Assert.Equal(expected, TextNormalizer.FoldAsciiChars(text, keepNewLines) == text);
    }

    [Fact]
    public void IsFoldedAscii_RandomText_OnlyWhenFoldingLeavesItAlike()
    {
        var random = new Random(3);
        char[] alphabet = ['a', 'B', '.', ' ', ' ', '\n', '\t', '\r', '\u0001', '\u007F'];
        var folded = 0;
        for (var i = 0; i < 20000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            foreach (var keepNewLines in new[] { true, false })
            {
                var unchanged = TextNormalizer.FoldAsciiChars(text, keepNewLines) == text;
                Assert.True(!TextNormalizer.IsFoldedAscii(text, keepNewLines) || unchanged, text);
                folded += unchanged ? 1 : 0;
            }
        }

        Assert.InRange(folded, 1000, 40000);
    }
}
