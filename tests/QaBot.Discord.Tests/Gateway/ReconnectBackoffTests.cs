using QaBot.Discord.Gateway;
using QaBot.Discord.Tests.Fakes;

namespace QaBot.Discord.Tests.Gateway;

public sealed class ReconnectBackoffTests
{
    [Theory]
    [InlineData(0.0, new double[] { 0, 500, 1_000, 2_000, 4_000, 30_000, 30_000 })]
    [InlineData(1.0, new double[] { 0, 1_000, 2_000, 4_000, 8_000, 60_000, 60_000 })]
    public void DelayFor_DoublesPerFailure_JitteredBetweenHalfAndWhole_Capped(double random, double[] expectedMs)
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new FixedRandom(random));
        var failures = new[] { 0, 1, 2, 3, 4, 7, 100 };

        var delays = failures.Select(f => backoff.DelayFor(f).TotalMilliseconds);

        Assert.Equal(expectedMs, delays);
    }
}
