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
        var counts = TermCounts.Of(Array.Empty<string>());

        Assert.Empty(counts.Hashes);
        Assert.Empty(counts.Counts);
        Assert.Equal(0, counts.CountOf(TermHash.Of(string.Empty)));
        Assert.Equal(0, TermCounts.Empty.CountOf(TermHash.Of("river")));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(900)]
    public void Of_Tokens_CountsAsTheirTermsDo(int length)
    {
        // Short texts are counted on the stack, long ones with a dictionary: both give the same counts.
        var terms = Enumerable.Range(0, length).Select(i => "t" + (i * 7 % 400)).ToArray();
        var tokens = terms.Select((t, i) => new IndexToken(t, i, i * 5, (i * 5) + 4)).ToArray();

        var fromTokens = TermCounts.Of(tokens);
        var fromTerms = TermCounts.Of(terms);

        Assert.Equal(fromTerms.Hashes, fromTokens.Hashes);
        Assert.Equal(fromTerms.Counts, fromTokens.Counts);
        Assert.Equal(Math.Min(length, 400), fromTokens.Hashes.Length);
        Assert.Equal(terms.Distinct().Select(TermHash.Of), fromTokens.Hashes);
    }
}
