using QaBot.Bot.Interactions;

namespace QaBot.Bot.Tests.Interactions;

public sealed class ButtonIdTests
{
    [Fact]
    public void ToString_ThenTryParse_RoundTripsWithinTheCustomIdLimit()
    {
        var key = new QuestionCache().Put(new string('q', 10_000));
        var id = new ButtonId(ButtonId.More, int.MaxValue, key);

        var text = id.ToString();

        Assert.True(text.Length <= 100);
        Assert.Equal(id, ButtonId.TryParse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("more")]
    [InlineData("more:x:key")]
    [InlineData("more:-1:key")]
    [InlineData("delete:1:key")]
    [InlineData("more:1:")]
    [InlineData("more:1:key:extra")]
    public void TryParse_Malformed_IsNull(string? customId)
    {
        Assert.Null(ButtonId.TryParse(customId));
    }

    [Fact]
    public void QuestionCache_PastCapacity_ForgetsTheOldest()
    {
        var cache = new QuestionCache(capacity: 2);
        var first = cache.Put("one");
        var second = cache.Put("two");
        cache.Put("three");

        Assert.Null(cache.Get(first));
        Assert.Equal("two", cache.Get(second));
        Assert.Equal(16, first.Length);
    }
}
