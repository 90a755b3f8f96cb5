using QaBot.Core.Corpus;
using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

public class BylineRuleTests
{
    [Fact]
    public void Apply_Seed001_MovesBylineToMetadataWithoutNoise()
    {
        var draft = SeedCorpus.Draft("001");

        var lines = new BylineRule().Run(draft);

        Assert.DoesNotContain(lines, line => line.StartsWith("By ", StringComparison.Ordinal));
        Assert.Contains("Published twice a year since 1997, the report provides one of the most authoritative snapshots of China's internet development.", lines);
        Assert.Equal("Zhang Yangfei", draft.Metadata.Author);
        Assert.Equal("China Daily", draft.Metadata.Publisher);
        Assert.Equal(new DateOnly(2021, 2, 4), draft.Metadata.Published);
        Assert.Equal("2021-02-04 09:06", draft.Metadata.PublishedText);
        Assert.Equal(0, draft.NoiseMarkers);
    }

    [Fact]
    public void Apply_Seed002_ReadsGluedPublisherAndUpdatedStamp()
    {
        var draft = SeedCorpus.Draft("002");

        var lines = new BylineRule().Run(draft);

        Assert.DoesNotContain(lines, line => line.Contains("Updated", StringComparison.Ordinal));
        Assert.Equal("Xinhua", draft.Metadata.Publisher);
        Assert.Null(draft.Metadata.Author);
        Assert.Equal(new DateOnly(2020, 11, 25), draft.Metadata.Published);
        Assert.Equal("November 25, 2020", draft.Metadata.PublishedText);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    [InlineData("004")]
    public void Apply_SeedWithoutByline_ChangesNothing(string number)
    {
        var draft = SeedCorpus.Draft(number);
        var before = SeedCorpus.Texts(draft);

        Assert.Equal(before, new BylineRule().Run(draft));
        Assert.Equal(ArticleMetadata.Empty, draft.Metadata.ToMetadata());
    }

    [Fact]
    public void Apply_TwoBylines_FirstOneWinsAndBothGo()
    {
        var draft = Drafts.Of("By Jane Roe | Daily Planet", "Text of the story.", "Source: Reuters");

        Assert.Equal(["Text of the story."], new BylineRule().Run(draft));
        Assert.Equal("Jane Roe", draft.Metadata.Author);
        Assert.Equal("Daily Planet", draft.Metadata.Publisher);
    }
}
