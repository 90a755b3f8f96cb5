using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

public class AuthorBioRuleTests
{
    [Fact]
    public void Apply_Seed004_DropsClosingBioAndTheNameLineAboveIt()
    {
        var draft = SeedCorpus.Draft("004");
        var before = SeedCorpus.Texts(draft);

        var lines = new AuthorBioRule().Run(draft);

        Assert.Equal(before.Take(before.Count - 2), lines);
        Assert.Equal("The stories were compiled by Nadeem Xu and KoKo and first published at", lines[^1]);
        Assert.Equal(2, draft.NoiseMarkers);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    public void Apply_SeedWithoutBio_ChangesNothing(string number)
    {
        var draft = SeedCorpus.Draft(number);
        var before = SeedCorpus.Texts(draft);

        Assert.Equal(before, new AuthorBioRule().Run(draft));
        Assert.Equal(0, draft.NoiseMarkers);
    }

    [Fact]
    public void Apply_BioWithoutNameLine_DropsOnlyTheBio()
    {
        var draft = Drafts.Of("The market grew.", "Jane Roe is a Shanghai-based writer covering technology.");

        Assert.Equal(["The market grew."], new AuthorBioRule().Run(draft));
        Assert.Equal(1, draft.NoiseMarkers);
    }

    [Fact]
    public void Apply_BioSentenceInsideTheStory_IsKept()
    {
        var draft = Drafts.Of("Li Ming is a researcher at the academy of sciences.", "He said the data were sound.");

        Assert.Equal(2, new AuthorBioRule().Run(draft).Count);
        Assert.Equal(0, draft.NoiseMarkers);
    }
}
