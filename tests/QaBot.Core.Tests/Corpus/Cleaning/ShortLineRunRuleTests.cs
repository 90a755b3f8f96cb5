using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

public class ShortLineRunRuleTests
{
    [Fact]
    public void Apply_Seed000_DropsTheRelatedHeadlineListOnly()
    {
        var draft = SeedCorpus.Draft("000");
        var before = SeedCorpus.Texts(draft);

        var lines = new ShortLineRunRule().Run(draft);

        Assert.Equal(before.Take(before.Count - 17), lines);
        Assert.Equal("Fire brigade in Shanghai holds group wedding", before[^17]);
        Assert.Equal("Australia wins Chinese CEOs as US loses", before[^1]);
        Assert.Equal(17, draft.NoiseMarkers);
    }

    [Fact]
    public void Apply_Seed004_KeepsSingleSubheadsBetweenParagraphs()
    {
        var draft = SeedCorpus.DraftBefore<ShortLineRunRule>("004");
        var before = SeedCorpus.Texts(draft);
        var noiseBefore = draft.NoiseMarkers;

        var lines = new ShortLineRunRule().Run(draft);

        Assert.Equal(before, lines);
        Assert.Contains("E-commerce in rural areas", lines);
        Assert.Contains("Chipmaking machines", lines);
        Assert.Contains("Company news", lines);
        Assert.Equal(noiseBefore, draft.NoiseMarkers);
    }

    [Fact]
    public void Apply_TwoShortLines_AreNotAList()
    {
        var draft = Drafts.Of("A paragraph.", "Section one", "Subsection a", "Another paragraph.");

        Assert.Equal(4, new ShortLineRunRule().Run(draft).Count);
    }

    [Fact]
    public void Apply_ThreeLinkOnlyItems_AreAMenu()
    {
        var draft = Drafts.Of(
            new SourceLine("A paragraph."),
            new SourceLine("World", LineKind.LinkItem),
            new SourceLine("Business news from Asia and the Pacific, every day of the week.", LineKind.LinkItem),
            new SourceLine("Sport", LineKind.LinkItem));

        Assert.Equal(["A paragraph."], new ShortLineRunRule().Run(draft));
        Assert.Equal(3, draft.NoiseMarkers);
    }

    [Fact]
    public void Apply_ShortListItemsWithText_AreKept()
    {
        var draft = Drafts.Of(
            new SourceLine("Key findings:"),
            new SourceLine("989 million users", LineKind.ListItem),
            new SourceLine("70.4 percent penetration", LineKind.ListItem),
            new SourceLine("832 counties online", LineKind.ListItem));

        Assert.Equal(4, new ShortLineRunRule().Run(draft).Count);
    }

    [Fact]
    public void Apply_ExplicitHeadingBetweenShortLines_BreaksTheRun()
    {
        var draft = Drafts.Of(
            new SourceLine("One short line"),
            new SourceLine("Two short line"),
            new SourceLine("A heading", LineKind.Heading),
            new SourceLine("Three short line"));

        Assert.Equal(4, new ShortLineRunRule().Run(draft).Count);
    }
}
