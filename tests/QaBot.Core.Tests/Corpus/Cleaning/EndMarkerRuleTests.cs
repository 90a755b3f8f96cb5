using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

public class EndMarkerRuleTests
{
    [Fact]
    public void Apply_Seed003_CutsAtEnditemAndDropsEverythingAfter()
    {
        var draft = SeedCorpus.Draft("003");

        var lines = new EndMarkerRule().Run(draft);

        Assert.Equal(10, lines.Count);
        Assert.EndsWith("highlighting digital empowerment for A better future.", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, line => line.Contains("Enditem", StringComparison.Ordinal));
        Assert.DoesNotContain("Hangzhou Zhejiang", lines);
        Assert.DoesNotContain("Add Job Alert", lines);
        // The marker itself and the ten lines of furniture after it.
        Assert.Equal(11, draft.NoiseMarkers);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("004")]
    public void Apply_SeedWithoutMarker_ChangesNothing(string number)
    {
        var draft = SeedCorpus.Draft(number);
        var before = SeedCorpus.Texts(draft);

        Assert.Equal(before, new EndMarkerRule().Run(draft));
        Assert.Equal(0, draft.NoiseMarkers);
    }

    [Fact]
    public void Apply_MarkerOnItsOwnLine_RemovesTheLineAndTheTail()
    {
        var draft = Drafts.Of("The story ends here.", "ENDITEM", "Tags: China");

        Assert.Equal(["The story ends here."], new EndMarkerRule().Run(draft));
        Assert.Equal(2, draft.NoiseMarkers);
    }

    [Fact]
    public void Apply_WordsEndAndItemInProse_AreNotAMarker()
    {
        var draft = Drafts.Of("The last item on the agenda was the end item of the budget.", "More text.");

        Assert.Equal(2, new EndMarkerRule().Run(draft).Count);
        Assert.Equal(0, draft.NoiseMarkers);
    }

    [Fact]
    public void Apply_EnditemInsideASentence_IsAWordNotAMarker()
    {
        // Found on a 100,000-article run: the marker matched mid-sentence and the whole article was lost.
        var draft = Drafts.Of("A title line", "The currier sailed enditem that raiding. Hepatitis overgrowing.", "More text.");

        Assert.Equal(3, new EndMarkerRule().Run(draft).Count);
        Assert.Equal(0, draft.NoiseMarkers);
    }
}
