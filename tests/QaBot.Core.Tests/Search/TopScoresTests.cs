using QaBot.Core.Search;

namespace QaBot.Core.Tests.Search;

public sealed class TopScoresTests
{
    private static TopScores Filled(int capacity, params (int Doc, float Score)[] offers)
    {
        var top = new TopScores(capacity);
        foreach (var (doc, score) in offers)
        {
            top.Offer(doc, score);
        }

        return top;
    }

    private static List<(int Doc, float Score)> Best(TopScores top, int k) => TopScores.Merge([top], k);

    [Fact]
    public void Threshold_UntilFull_IsZeroThenTheWeakestScore()
    {
        var top = new TopScores(3);
        Assert.Equal(0f, top.Threshold);

        top.Offer(1, 5f);
        top.Offer(2, 7f);
        Assert.False(top.IsFull);
        Assert.Equal(0f, top.Threshold);

        top.Offer(3, 6f);
        Assert.True(top.IsFull);
        Assert.Equal(5f, top.Threshold);

        top.Offer(4, 9f);
        Assert.Equal(6f, top.Threshold);
    }

    [Fact]
    public void Offer_MoreThanCapacity_KeepsTheBestKInScoreOrder()
    {
        var top = Filled(3, (0, 1f), (1, 4f), (2, 2f), (3, 8f), (4, 3f), (5, 0.5f), (6, 5f));

        Assert.Equal(3, top.Count);
        Assert.Equal([(3, 8f), (6, 5f), (1, 4f)], Best(top, 3));
    }

    [Fact]
    public void Offer_ReportsWhetherTheDocumentEntered()
    {
        var top = Filled(2, (0, 3f), (1, 4f));

        Assert.False(top.Offer(2, 2f));
        Assert.True(top.Offer(3, 5f));
        Assert.Equal([(3, 5f), (1, 4f)], Best(top, 2));
    }

    [Fact]
    public void Offer_TieWithTheWeakest_LaterHigherDocIdStaysOut()
    {
        var top = Filled(2, (4, 2f), (7, 3f));

        Assert.False(top.Offer(9, 2f));
        Assert.Equal([(7, 3f), (4, 2f)], Best(top, 2));
    }

    [Fact]
    public void Offer_TieWithTheWeakest_LowerDocIdReplacesIt()
    {
        var top = Filled(2, (4, 2f), (7, 3f));

        Assert.True(top.Offer(1, 2f));
        Assert.Equal([(7, 3f), (1, 2f)], Best(top, 2));
    }

    [Fact]
    public void Offer_AllTied_KeepsTheLowestDocIds()
    {
        var top = Filled(3, (5, 1f), (2, 1f), (8, 1f), (0, 1f), (9, 1f), (3, 1f));

        Assert.Equal([(0, 1f), (2, 1f), (3, 1f)], Best(top, 3));
    }

    [Fact]
    public void Merge_SeveralParts_BestFirstTiesByDocIdAndCutAtK()
    {
        var a = Filled(3, (10, 2f), (11, 9f), (12, 4f));
        var b = Filled(3, (1, 4f), (2, 7f), (3, 1f));

        var merged = TopScores.Merge([a, b], 4);

        Assert.Equal([(11, 9f), (2, 7f), (1, 4f), (12, 4f)], merged);
    }

    [Fact]
    public void Merge_FewerThanK_ReturnsAllSorted()
    {
        var top = Filled(5, (3, 1f), (1, 2f));

        Assert.Equal([(1, 2f), (3, 1f)], TopScores.Merge([top, new TopScores(5)], 5));
    }

    [Fact]
    public void Offer_RandomScoresInDocOrder_EqualsSortingEverything()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var k = random.Next(1, 12);
            var top = new TopScores(k);
            var offered = new List<(int Doc, float Score)>();
            var count = random.Next(0, 60);
            for (var doc = 0; doc < count; doc++)
            {
                // Few distinct values, so that ties are common.
                var score = random.Next(0, 8) / 2f;
                offered.Add((doc, score));
                top.Offer(doc, score);
            }

            var expected = offered.OrderByDescending(o => o.Score).ThenBy(o => o.Doc).Take(k).ToList();
            Assert.Equal(expected, Best(top, k));
        }
    }
}
