using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

public class HeadlineRuleTests
{
    [Fact]
    public void Apply_Seed001_TakesHeadlineAndKeepsTheDeck()
    {
        var draft = SeedCorpus.DraftBefore<HeadlineRule>("001");
        var noiseBefore = draft.NoiseMarkers;

        var lines = new HeadlineRule().Run(draft);

        Assert.Equal("Internet plays key role in virus battle", draft.Metadata.Title);
        Assert.Equal("Report highlights health codes, surge in online education and remote work", lines[0]);
        Assert.Equal(noiseBefore, draft.NoiseMarkers);
    }

    [Fact]
    public void Apply_Seed002_TakesHeadlineAndDropsSectionLabel()
    {
        var draft = SeedCorpus.DraftBefore<HeadlineRule>("002");
        var noiseBefore = draft.NoiseMarkers;

        var lines = new HeadlineRule().Run(draft);

        Assert.Equal("Narrowed digital gap contributes to China's poverty alleviation: Report", draft.Metadata.Title);
        Assert.StartsWith("The Internet has played a remarkable role", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Society", lines);
        Assert.Equal(noiseBefore + 1, draft.NoiseMarkers);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    [InlineData("004")]
    public void Apply_SeedOpeningWithProse_FindsNoHeadline(string number)
    {
        var draft = SeedCorpus.DraftBefore<HeadlineRule>(number);
        var before = SeedCorpus.Texts(draft);

        Assert.Equal(before, new HeadlineRule().Run(draft));
        Assert.Null(draft.Metadata.Title);
    }

    [Fact]
    public void Apply_HeaderOfThreeCandidates_IsAmbiguousAndGuessesNothing()
    {
        var draft = Drafts.Of("Tourists enjoy ice sculptures", "Sunset scenery of Dayan Pagoda", "Harbin attracts tourists in winter", "The story starts here.");

        Assert.Equal(4, new HeadlineRule().Run(draft).Count);
        Assert.Null(draft.Metadata.Title);
    }

    [Fact]
    public void Apply_ExplicitHeadingFirst_IsTheHeadlineWhateverFollows()
    {
        var draft = Drafts.Of(
            new SourceLine("Budget", LineKind.Heading),
            new SourceLine("One two three"),
            new SourceLine("Four five six"),
            new SourceLine("The story starts here."));

        new HeadlineRule().Apply(draft);

        Assert.Equal("Budget", draft.Metadata.Title);
    }

    [Fact]
    public void Apply_TitleKnownAndRepeatedAsFirstLine_DropsTheRepeat()
    {
        var draft = Drafts.Of("Internet plays key role", "The story starts here.");
        draft.Metadata.OfferTitle("Internet Plays Key Role");

        Assert.Equal(["The story starts here."], new HeadlineRule().Run(draft));
        Assert.Equal("Internet Plays Key Role", draft.Metadata.Title);
        Assert.Equal(0, draft.NoiseMarkers);
    }

    [Fact]
    public void Apply_TitleKnownAndDifferentFirstLine_KeepsTheLine()
    {
        var draft = Drafts.Of("A different subhead here", "The story starts here.");
        draft.Metadata.OfferTitle("The real title");

        Assert.Equal(2, new HeadlineRule().Run(draft).Count);
        Assert.Equal("The real title", draft.Metadata.Title);
    }

    [Fact]
    public void Apply_LoneTwoWordLineBeforeTheBody_IsASectionLabelNotATitle()
    {
        // "Society" in 002; a two-word headline is lost the same way, a price paid for never taking a label as a title.
        var draft = Drafts.Of("World News", "The story starts here.");

        Assert.Equal(["The story starts here."], new HeadlineRule().Run(draft));
        Assert.Null(draft.Metadata.Title);
        Assert.Equal(1, draft.NoiseMarkers);
    }
}
