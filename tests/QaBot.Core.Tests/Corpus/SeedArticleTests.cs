using QaBot.Core.Corpus;

namespace QaBot.Core.Tests.Corpus;

/// <summary>The whole reader on the five real seed articles.</summary>
public class SeedArticleTests
{
    public static TheoryData<string, ArticleMetadata> ExpectedMetadata => new()
    {
        // 000 opens with its lead sentence and credits only a photo: nothing is known.
        { "000", ArticleMetadata.Empty },
        { "001", new ArticleMetadata("Internet plays key role in virus battle", "China Daily", "Zhang Yangfei", new DateOnly(2021, 2, 4), "2021-02-04 09:06", null) },
        { "002", new ArticleMetadata("Narrowed digital gap contributes to China's poverty alleviation: Report", "Xinhua", null, new DateOnly(2020, 11, 25), "November 25, 2020", null) },
        // A dateline without a year: the date is known as written, not as a DateOnly.
        { "003", new ArticleMetadata(null, "Xinhua", null, null, "November 24", null) },
        // 004 opens with a photo caption credited "Photo: Xinhua"; the credit is not the publisher.
        { "004", ArticleMetadata.Empty },
    };

    [Theory]
    [MemberData(nameof(ExpectedMetadata))]
    public void Read_SeedArticle_ExtractsExactMetadata(string number, ArticleMetadata expected)
    {
        var article = SeedCorpus.Read(number);

        Assert.Equal(expected, article.Metadata);
    }

    [Theory]
    [InlineData("000", 18)]
    [InlineData("001", 7)]
    [InlineData("002", 3)]
    [InlineData("003", 25)]
    [InlineData("004", 4)]
    public void Read_SeedArticle_CountsExpectedNoiseMarkers(string number, int expected)
    {
        Assert.Equal(expected, SeedCorpus.Read(number).NoiseMarkers);
    }

    [Fact]
    public void Read_GarbledRewriteAndCleanOriginal_RewriteHasClearlyMoreNoise()
    {
        var original = SeedCorpus.Read("002").NoiseMarkers;
        var rewrite = SeedCorpus.Read("003").NoiseMarkers;

        Assert.True(rewrite >= 3 * original, $"003 has {rewrite} noise markers, 002 has {original}");
    }

    [Fact]
    public void Read_Seed000_DropsRelatedHeadlinesAndKeepsEveryParagraph()
    {
        var blocks = SeedCorpus.Read("000").Blocks;

        Assert.All(blocks, block => Assert.Equal(BlockKind.Paragraph, block.Kind));
        Assert.Equal(12, blocks.Count);
        Assert.StartsWith("A report on China’s internet development", blocks[0].Text, StringComparison.Ordinal);
        Assert.Equal(
            "The 416 million who still do not use the internet are mostly elderly residents in rural areas. Zhang said that China has been launching new policies to help the elderly share digital dividends.",
            blocks[^1].Text);
        Assert.DoesNotContain(blocks, b => b.Text.Contains("group wedding", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Text.Contains("Australia wins Chinese CEOs", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Text.Contains("Xinhua/Yang Wenbin", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Seed001_KeepsBodyWithoutFurnitureOrByline()
    {
        var blocks = SeedCorpus.Read("001").Blocks;
        var text = string.Join("\n", blocks.Select(b => b.Text));

        Assert.Equal(18, blocks.Count);
        Assert.Equal("Report highlights health codes, surge in online education and remote work", blocks[0].Text);
        Assert.Contains("Published twice a year since 1997, the report provides", text, StringComparison.Ordinal);
        Assert.StartsWith("Internet coverage has been extended to 99.7 percent", blocks[^1].Text, StringComparison.Ordinal);
        foreach (var junk in new[] { "Edition", "Home /", "ZHANG YANGFEI", "Share", "[Photo", "Copyright", "License", "Registration" })
        {
            Assert.DoesNotContain(junk, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_Seed002_KeepsTheRepeatedLeadOnce()
    {
        var blocks = SeedCorpus.Read("002").Blocks;

        Assert.Equal(10, blocks.Count);
        Assert.Single(blocks, b => b.Text.StartsWith("The Internet has played a remarkable role", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Text is "Society" || b.Text.Contains("Updated", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Seed003_RemovesHtmlJunkEndMarkerAndFooter()
    {
        var blocks = SeedCorpus.Read("003").Blocks;
        var text = string.Join("\n", blocks.Select(b => b.Text));

        Assert.Equal(10, blocks.Count);
        Assert.DoesNotContain("target=", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Enditem", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hangzhoujobs", text, StringComparison.Ordinal);
        Assert.Contains("at the World Conference in the world, the Internet Development Forum, shows", text, StringComparison.Ordinal);
        Assert.StartsWith("Internet has played a remarkable role", blocks[0].Text, StringComparison.Ordinal);
        Assert.Equal(
            "The two-day World Internet Conference: The Internet Development Forum opened Monday in Wuzhen, Zhejiang Province of East China, highlighting digital empowerment for A better future.",
            blocks[^1].Text);
    }

    [Fact]
    public void Read_Seed004_FindsSubheadsAndDropsCaptionCreditsAndBio()
    {
        var blocks = SeedCorpus.Read("004").Blocks;

        Assert.Equal(
            ["E-commerce in rural areas", "Chipmaking machines", "Company news"],
            blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text));
        Assert.Equal(21, blocks.Count);
        Assert.StartsWith("The number of China’s internet users hit 989 million", blocks[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("With an investment of 42 million yuan", blocks[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(blocks, b => b.Text.Contains("Xu Yuenai", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Text.Contains("compiled by", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Seed004_FoldsNoBreakSpacesAndKeepsCurlyQuotesAndDashes()
    {
        var text = string.Join("\n", SeedCorpus.Read("004").Blocks.Select(b => b.Text));

        Assert.DoesNotContain('\u00A0', text);
        Assert.Contains("Ministry of Industry and Information Technology.", text, StringComparison.Ordinal);
        Assert.Contains("“Our cloud computing business", text, StringComparison.Ordinal);
        Assert.Contains("US$350 billion – more than", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeedArticleWithoutTitle_DisplaysFileName()
    {
        Assert.Equal("000_99e030ddc6be83f2", SeedCorpus.Read("000").DisplayTitle);
        Assert.Equal("Internet plays key role in virus battle", SeedCorpus.Read("001").DisplayTitle);
    }
}
