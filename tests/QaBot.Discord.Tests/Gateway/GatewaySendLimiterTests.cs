using QaBot.Discord.Gateway;
using QaBot.Discord.Tests.Fakes;

namespace QaBot.Discord.Tests.Gateway;

public sealed class GatewaySendLimiterTests
{
    [Fact]
    public async Task WaitAsync_PastOrdinaryLimit_WaitsForTheOldestSlotButHeartbeatsStillPass()
    {
        var time = new RecordingTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        await limiter.WaitAsync(isHeartbeat: false, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(10));
        for (var i = 1; i < GatewaySendLimiter.OrdinaryLimit; i++)
        {
            Assert.True(limiter.WaitAsync(isHeartbeat: false, CancellationToken.None).IsCompletedSuccessfully);
        }

        var blocked = limiter.WaitAsync(isHeartbeat: false, CancellationToken.None);
        var heartbeat = limiter.WaitAsync(isHeartbeat: true, CancellationToken.None);

        Assert.False(blocked.IsCompleted);
        Assert.True(heartbeat.IsCompletedSuccessfully);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(50));
        time.Advance(TimeSpan.FromSeconds(50));

        // The first slot freed at 60 s, but the heartbeat sent at 10 s holds one more: the next frees at 70 s.
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(10));
        Assert.False(blocked.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(10));
        await blocked.WithTimeout("the 111th send to be let through");
    }

    [Fact]
    public void WaitAsync_HeartbeatsPastTheWholeLimit_Wait()
    {
        var time = new RecordingTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        for (var i = 0; i < GatewaySendLimiter.Limit; i++)
        {
            Assert.True(limiter.WaitAsync(isHeartbeat: true, CancellationToken.None).IsCompletedSuccessfully);
        }

        Assert.False(limiter.WaitAsync(isHeartbeat: true, CancellationToken.None).IsCompleted);
    }
}
