using System.Text.RegularExpressions;
using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

public class DoubledWordCheckTests
{
    // The pattern the rule replaces with; the quick check must say yes whenever it matches.
    private static readonly Regex DoubledWord = new(@"\b(?<word>\p{Ll}{2,})\s+\k<word>\b");

    [Theory]
    [InlineData("the company fell behind behind its rivals", true)]
    [InlineData("behind  behind", true)]
    [InlineData("it was was", true)]
    [InlineData("no doubled words in this line", false)]
    [InlineData("the theory", false)]
    [InlineData("the the1", false)]
    [InlineData("Thethe the", false)]
    [InlineData("a a", false)]
    [InlineData("xthe the", false)]
    [InlineData("the the.", true)]
    [InlineData("", false)]
    [InlineData("über über alles", true)]
    [InlineData("had had", true)]
    public void HasDoubledWord_AgreesWithThePattern(string line, bool expected)
    {
        Assert.Equal(expected, TokenRepairRule.HasDoubledWord(line));
        Assert.Equal(DoubledWord.IsMatch(line), TokenRepairRule.HasDoubledWord(line));
    }

    [Fact]
    public void HasDoubledWord_RandomLines_NeverMissesAMatch()
    {
        var random = new Random(7);
        string[] words = ["the", "The", "a", "in", "in1", "of", "ofs", "über", "x_y", ",", ".", "had"];
        for (var i = 0; i < 5000; i++)
        {
            var line = string.Join(random.Next(3) == 0 ? "  " : " ", Enumerable.Range(0, random.Next(1, 8)).Select(_ => words[random.Next(words.Length)]));
            Assert.True(!DoubledWord.IsMatch(line) || TokenRepairRule.HasDoubledWord(line), line);
        }
    }
}
