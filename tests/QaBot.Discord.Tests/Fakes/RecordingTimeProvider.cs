using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace QaBot.Discord.Tests.Fakes;

/// <summary>
/// A FakeTimeProvider that records every timer's due time, so a test can wait until the subject has
/// started a wait (a heartbeat, a backoff, a retry_after) and check its exact length before advancing.
/// </summary>
public sealed class RecordingTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _dueTimes = new();

    public RecordingTimeProvider()
        : base(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public IReadOnlyCollection<TimeSpan> DueTimes => _dueTimes.ToArray();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _dueTimes.Enqueue(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Waits (real time, bounded) until a timer with exactly <paramref name="dueTime"/> has been created since <paramref name="afterCount"/> timers.</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime, int afterCount = 0, string? what = null) =>
        Eventually.True(
            () => _dueTimes.Skip(afterCount).Contains(dueTime),
            what ?? $"a timer of {dueTime.TotalMilliseconds} ms (seen: {string.Join(", ", _dueTimes.Select(t => t.TotalMilliseconds))})");

    public int TimerCount => _dueTimes.Count;
}
