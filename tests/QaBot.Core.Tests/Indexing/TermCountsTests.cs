using QaBot.Core.Analysis;
using QaBot.Core.Indexing;

namespace QaBot.Core.Tests.Indexing;

public sealed class TermCountsTests
{
    [Fact]
    public void Of_RepeatedTerms_CountsEachOnceInFirstOccurrenceOrder()
    {
        var counts = TermCounts.Of(["river", "flood", "river", "town", "river", "flood"]);

        Assert.Equal([TermHash.Of("river"), TermHash.Of("flood"), TermHash.Of("town")], counts.Hashes);
        Assert.Equal([3, 2, 1], counts.Counts);
    }

    [Fact]
    public void Of_MoreThan255Occurrences_CountsAtMost255()
    {
        var counts = TermCounts.Of(Enumerable.Repeat("again", 300).Append("once"));

        Assert.Equal([255, 1], counts.Counts);
        Assert.Equal(255, counts.CountOf(TermHash.Of("again")));
    }

    [Fact]
    public void CountOf_PresentAndAbsentHashes_ReturnsTheCountOrZero()
    {
        var counts = TermCounts.Of(["river", "flood", "river"]);

        Assert.Equal(2, counts.CountOf(TermHash.Of("river")));
        Assert.Equal(1, counts.CountOf(TermHash.Of("flood")));
        Assert.Equal(0, counts.CountOf(TermHash.Of("drought")));
    }

    [Fact]
    public void Of_NoTerms_IsEmptyAndCountsNothing()
    {
        var counts = TermCounts.Of([]);

        Assert.Empty(counts.Hashes);
        Assert.Empty(counts.Counts);
        Assert.Equal(0, counts.CountOf(TermHash.Of(string.Empty)));
        Assert.Equal(0, TermCounts.Empty.CountOf(TermHash.Of("river")));
    }
}
