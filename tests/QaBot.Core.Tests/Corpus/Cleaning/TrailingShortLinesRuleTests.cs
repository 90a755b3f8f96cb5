using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

public class TrailingShortLinesRuleTests
{
    [Fact]
    public void Apply_Seed003RawTail_DropsShortLinesUpToTheLastSentenceLikeLine()
    {
        var draft = SeedCorpus.Draft("003");
        var before = SeedCorpus.Texts(draft);

        var lines = new TrailingShortLinesRule().Run(draft);

        Assert.Equal(before.Take(before.Count - 4), lines);
        Assert.Equal(["Read more →", "Already have an account? Login here", "contact us", "Add Job Alert"], before.TakeLast(4));
        Assert.Equal(4, draft.NoiseMarkers);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Apply_SeedCleanedUpToThisRule_EndsInProseAndIsUnchanged(string number)
    {
        var draft = SeedCorpus.DraftBefore<TrailingShortLinesRule>(number);
        var before = SeedCorpus.Texts(draft);
        var noiseBefore = draft.NoiseMarkers;

        Assert.Equal(before, new TrailingShortLinesRule().Run(draft));
        Assert.Equal(noiseBefore, draft.NoiseMarkers);
    }

    [Fact]
    public void Apply_PlaceTagsAfterTheStory_AreDropped()
    {
        var draft = Drafts.Of("The forum opened on Monday.", "Hangzhou Zhejiang");

        Assert.Equal(["The forum opened on Monday."], new TrailingShortLinesRule().Run(draft));
        Assert.Equal(1, draft.NoiseMarkers);
    }

    [Fact]
    public void Apply_ListItemAtTheEnd_IsKept()
    {
        var draft = Drafts.Of(new SourceLine("Findings:"), new SourceLine("More users online", LineKind.ListItem));

        Assert.Equal(2, new TrailingShortLinesRule().Run(draft).Count);
    }
}
