using Microsoft.Extensions.Time.Testing;
using QaBot.Bot.Questions;

namespace QaBot.Bot.Tests.Questions;

public sealed class RecentIdsAndCooldownTests
{
    [Fact]
    public void RecentIds_Repeat_IsRejectedUntilForgottenPastCapacity()
    {
        var ids = new RecentIds(capacity: 3);

        Assert.True(ids.TryAdd("a"));
        Assert.False(ids.TryAdd("a"));
        Assert.True(ids.TryAdd("b"));
        Assert.True(ids.TryAdd("c"));
        Assert.True(ids.TryAdd("d"));
        Assert.Equal(3, ids.Count);
        Assert.True(ids.TryAdd("a"));
    }

    [Fact]
    public void UserCooldown_SecondQuestionTooSoon_SaysHowLongToWait_PerUser()
    {
        var time = new FakeTimeProvider();
        var cooldown = new UserCooldown(TimeSpan.FromSeconds(5), time);

        Assert.True(cooldown.TryEnter("alice", out _));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(cooldown.TryEnter("alice", out var wait));
        Assert.Equal(TimeSpan.FromSeconds(3), wait);
        Assert.True(cooldown.TryEnter("bob", out _));
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.True(cooldown.TryEnter("alice", out _));
    }

    [Fact]
    public void UserCooldown_Zero_NeverBlocks()
    {
        var cooldown = new UserCooldown(TimeSpan.Zero, new FakeTimeProvider());

        Assert.True(cooldown.TryEnter("alice", out _));
        Assert.True(cooldown.TryEnter("alice", out _));
    }
}
