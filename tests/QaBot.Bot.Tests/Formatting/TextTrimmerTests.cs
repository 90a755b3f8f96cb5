using QaBot.Bot.Formatting;

namespace QaBot.Bot.Tests.Formatting;

public sealed class TextTrimmerTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "short",
        string.Join(' ', Enumerable.Repeat("word", 500)),
        new string('x', 5000),
        string.Concat(Enumerable.Repeat("😀", 3000)),
        string.Concat(Enumerable.Repeat("新闻报道 ", 800)),
        "a " + new string('b', 3000),
        string.Join('\n', Enumerable.Repeat("line of text", 400)),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Trim_AnyTextAnyLimit_NeverLongerAndPrefixPlusEllipsisWhenCut(string text)
    {
        foreach (var max in new[] { 0, 1, 2, 3, 10, 80, 100, 256, 1024, 2000, 4096 })
        {
            var trimmed = TextTrimmer.Trim(text, max);

            Assert.True(trimmed.Length <= max, $"{trimmed.Length} > {max}");
            if (text.Length <= max)
            {
                Assert.Equal(text, trimmed);
            }
            else if (max > 0)
            {
                Assert.EndsWith("…", trimmed, StringComparison.Ordinal);
                Assert.StartsWith(trimmed[..^1], text, StringComparison.Ordinal);
                Assert.False(trimmed.Length > 1 && char.IsHighSurrogate(trimmed[^2]), "a surrogate pair was split");
            }
        }
    }

    [Fact]
    public void Trim_TextWithSpaces_CutsOnAWordBoundary()
    {
        var trimmed = TextTrimmer.Trim("the quick brown fox jumps over the lazy dog", 20);

        Assert.Equal("the quick brown fox…", trimmed);
    }

    [Fact]
    public void OneLine_RunsOfWhitespace_BecomeOneSpace()
    {
        Assert.Equal("a b c", TextTrimmer.OneLine("  a \n\n b\t\tc  "));
    }
}
