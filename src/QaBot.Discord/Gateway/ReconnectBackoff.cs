namespace QaBot.Discord.Gateway;

/// <summary>Capped exponential backoff with "equal jitter": half the step fixed, half random.</summary>
internal sealed class ReconnectBackoff
{
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;
    private readonly Random _random;

    public ReconnectBackoff(TimeSpan baseDelay, TimeSpan maxDelay, Random random)
    {
        _baseDelay = baseDelay;
        _maxDelay = maxDelay;
        _random = random;
    }

    /// <summary>The wait before the next attempt after <paramref name="failures"/> consecutive failed connections.</summary>
    public TimeSpan DelayFor(int failures)
    {
        if (failures <= 0)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(failures - 1, 30);
        var step = Math.Min(_maxDelay.TotalMilliseconds, _baseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds((step / 2) + (step / 2 * _random.NextDouble()));
    }
}
