using QaBot.Core.Text;

namespace QaBot.Core.Tests.Text;

public class WordCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("one", 1)]
    [InlineData(" one  two\tthree\nfour ", 4)]
    [InlineData("China's internet users reached 989 million, the report said.", 9)]
    [InlineData("a b c d e f g h i j k l m n o p q", 17)]
    [InlineData("über\u00A0alles  und\u2003weiter", 4)]
    public void Of_CountsRunsBetweenWhiteSpace(string text, int expected) => Assert.Equal(expected, WordCount.Of(text));

    [Fact]
    public void Of_RandomText_AgreesWithACharacterLoop()
    {
        var random = new Random(9);
        char[] alphabet = ['a', 'Z', '.', ' ', ' ', '\t', '\n', '\r', '\v', '\f', '\u001c', '\u0085', '\u00a0', '\u2003', 'é'];
        for (var i = 0; i < 20000; i++)
        {
            var ascii = random.Next(2) == 0;
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(ascii ? 11 : alphabet.Length)])]);
            Assert.Equal(CountByChars(text), WordCount.Of(text));
        }
    }

    private static int CountByChars(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            count += !char.IsWhiteSpace(c) && !inWord ? 1 : 0;
            inWord = !char.IsWhiteSpace(c);
        }

        return count;
    }

    [Fact]
    public void SpaceSeparated_RandomText_AgreesWithACharacterLoop()
    {
        var random = new Random(10);
        char[] alphabet = ['a', 'Z', '.', ' ', ' ', '\t', '\u00a0', 'é'];
        for (var i = 0; i < 20000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var expected = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.Equal(expected, WordCount.SpaceSeparated(text));
        }
    }
}
