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

    [Theory]
    [InlineData("fell behind behind its rivals", "fell behind its rivals", 1)]
    [InlineData("it was was  was late", "it was  was late", 1)]
    [InlineData("the the the the", "the the", 2)]
    [InlineData("he had had enough, that that is", "he had had enough, that that is", 0)]
    [InlineData("the theory the the1", "the theory the the1", 0)]
    [InlineData("in in\tin in", "in\tin", 2)]
    [InlineData("über über alles alles", "über alles", 2)]
    [InlineData("no doubles here", "no doubles here", 0)]
    public void RepairDoubledWords_MakesDoubledWordsSingle(string line, string expected, int markers)
    {
        var count = 0;
        Assert.Equal(expected, TokenRepairRule.RepairDoubledWords(line, ref count));
        Assert.Equal(markers, count);
    }

    [Fact]
    public void RepairDoubledWords_RandomLines_AgreesWithThePattern()
    {
        var random = new Random(11);
        string[] words = ["the", "The", "a", "in", "in1", "of", "ofs", "x_y", "had", "no", "that", ",", ".", "über", "é"];
        string[] gaps = [" ", "  ", "\t", "\n", "\u001c", "\u00a0", ""];
        for (var i = 0; i < 20000; i++)
        {
            var line = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => words[random.Next(words.Length)] + gaps[random.Next(gaps.Length)]));
            AssertAgreesWithThePattern(line);
        }
    }

    [Fact]
    public void RepairDoubledWords_SeedAndRandomLines_AgreesWithThePattern()
    {
        var lines = PreCheckLines.All(12, "the", "the the", "of of", "had had", "that", "no no", "bye", "über", "in", "in1", "x_y", "behind", "a");
        foreach (var line in lines)
        {
            AssertAgreesWithThePattern(line);
        }
    }

    /// <summary>The scan mends a line as the regex does: the same text, the same number of repairs.</summary>
    private static void AssertAgreesWithThePattern(string line)
    {
        var expectedCount = 0;
        var expected = DoubledWord.Replace(line, m =>
        {
            if (m.Groups["word"].Value is "had" or "that" or "bye" or "no")
            {
                return m.Value;
            }

            expectedCount++;
            return m.Groups["word"].Value;
        });
        var count = 0;
        Assert.Equal(expected, TokenRepairRule.RepairDoubledWords(line, ref count));
        Assert.Equal(expectedCount, count);
    }
}
