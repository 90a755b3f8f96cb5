using QaBot.Core.Analysis;

namespace QaBot.Core.Tests.Analysis;

public sealed class TermHashTests
{
    [Theory]
    [InlineData("", 2166136261u)]
    [InlineData("a", 0xE40C292Cu)]
    [InlineData("foobar", 0xBF9CF968u)]
    public void Of_KnownTerms_AreTheFnv1aTestVectorsInEveryProcess(string term, uint expected)
    {
        // Records written by one process are read by another: the hash must be a fixed function (FNV-1a test vectors).
        Assert.Equal(expected, TermHash.Of(term));
    }
}
