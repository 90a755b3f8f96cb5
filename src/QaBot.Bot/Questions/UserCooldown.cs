namespace QaBot.Bot.Questions;

/// <summary>One question per user per cooldown. Bounded: entries older than the cooldown are dropped as it grows.</summary>
internal sealed class UserCooldown
{
    private const int PruneAbove = 10_000;

    private readonly TimeSpan _cooldown;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, DateTimeOffset> _last = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public UserCooldown(TimeSpan cooldown, TimeProvider time)
    {
        _cooldown = cooldown;
        _time = time;
    }

    /// <summary>True when <paramref name="userId"/> may ask now (and starts its cooldown); otherwise how long to wait.</summary>
    public bool TryEnter(string userId, out TimeSpan wait)
    {
        wait = TimeSpan.Zero;
        if (_cooldown <= TimeSpan.Zero)
        {
            return true;
        }

        var now = _time.GetUtcNow();
        lock (_lock)
        {
            if (_last.TryGetValue(userId, out var last) && now - last < _cooldown)
            {
                wait = _cooldown - (now - last);
                return false;
            }

            _last[userId] = now;
            if (_last.Count > PruneAbove)
            {
                foreach (var stale in _last.Where(e => now - e.Value >= _cooldown).Select(e => e.Key).ToArray())
                {
                    _last.Remove(stale);
                }
            }

            return true;
        }
    }
}
