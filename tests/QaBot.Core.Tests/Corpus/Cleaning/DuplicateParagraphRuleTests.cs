using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

public class DuplicateParagraphRuleTests
{
    [Fact]
    public void Apply_Seed002_KeepsTheLeadOnce()
    {
        var draft = SeedCorpus.DraftBefore<DuplicateParagraphRule>("002");
        var before = SeedCorpus.Texts(draft);
        var noiseBefore = draft.NoiseMarkers;

        var lines = new DuplicateParagraphRule().Run(draft);

        Assert.Equal(before[0], before[1]);
        Assert.Equal(before.Skip(1), lines);
        Assert.Equal(noiseBefore + 1, draft.NoiseMarkers);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("003")]
    [InlineData("004")]
    public void Apply_SeedWithoutRepeats_ChangesNothing(string number)
    {
        var draft = SeedCorpus.DraftBefore<DuplicateParagraphRule>(number);
        var before = SeedCorpus.Texts(draft);

        Assert.Equal(before, new DuplicateParagraphRule().Run(draft));
    }

    [Fact]
    public void Apply_RepeatThatIsNotAdjacent_IsKept()
    {
        var draft = Drafts.Of("Same text.", "Other text.", "Same text.");

        Assert.Equal(3, new DuplicateParagraphRule().Run(draft).Count);
        Assert.Equal(0, draft.NoiseMarkers);
    }

    [Fact]
    public void Apply_RepeatDifferingInCase_IsKept()
    {
        var draft = Drafts.Of("Same text.", "same text.");

        Assert.Equal(2, new DuplicateParagraphRule().Run(draft).Count);
    }
}
