using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

public class TokenRepairRuleTests
{
    [Fact]
    public void Apply_Seed003_RepairsPunctuationAndDoubledWordAndCountsOddTokens()
    {
        var draft = SeedCorpus.DraftBefore<TokenRepairRule>("003");
        var noiseBefore = draft.NoiseMarkers;

        var text = string.Join("\n", new TokenRepairRule().Run(draft));

        Assert.Contains("the development of those areas, Xia added.", text, StringComparison.Ordinal);
        Assert.Contains("learning skills and legislation, said the World", text, StringComparison.Ordinal);
        Assert.Contains("in Those countries and regions.\n", text, StringComparison.Ordinal);
        Assert.Contains("are far behind the Developed countries", text, StringComparison.Ordinal);
        // Repaired: " ,", ". ,", ". .", "behind behind". Counted: "Dur Ing" and four capitalised function words.
        Assert.Equal(noiseBefore + 9, draft.NoiseMarkers);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("004")]
    public void Apply_EditedSeed_FindsNoOddTokens(string number)
    {
        var draft = SeedCorpus.DraftBefore<TokenRepairRule>(number);
        var before = SeedCorpus.Texts(draft);
        var noiseBefore = draft.NoiseMarkers;

        Assert.Equal(before, new TokenRepairRule().Run(draft));
        Assert.Equal(noiseBefore, draft.NoiseMarkers);
    }

    [Theory]
    [InlineData("rural areas , Xia added.", "rural areas, Xia added.", 1)]
    [InlineData("and legislation. , said the report", "and legislation, said the report", 1)]
    [InlineData("countries and regions. .", "countries and regions.", 1)]
    [InlineData("far behind behind the rest", "far behind the rest", 1)]
    [InlineData("launched Dur Ing the Conference", "launched Dur Ing the Conference", 1)]
    [InlineData("with access On the Internet", "with access On the Internet", 1)]
    [InlineData("for A better future", "for A better future", 1)]
    [InlineData("rural areas\t, Xia added.", "rural areas, Xia added.", 1)]
    [InlineData("the new informa Tion office", "the new informa Tion office", 1)]
    [InlineData("capabil Ities", "capabil Ities", 1)]
    [InlineData("they went To the market", "they went To the market", 1)]
    public void Repair_OddToken_RepairsOrCounts(string line, string expected, int markers)
    {
        Assert.Equal(expected, TokenRepairRule.Repair(line, out var count));
        Assert.Equal(markers, count);
    }

    [Theory]
    [InlineData("He had had enough, and said that that was all.")]
    [InlineData("Wait... what happened?")]
    [InlineData("It rose 3.5 percent, the Ministry of Industry and Information Technology said.")]
    [InlineData("He took vitamin A. The Lord Of The Rings sold well.")]
    [InlineData("The World Internet Conference: The forum opened.")]
    public void Repair_EditedText_IsUnchanged(string line)
    {
        Assert.Same(line, TokenRepairRule.Repair(line, out var count));
        Assert.Equal(0, count);
    }
}
