namespace QaBot.Discord.Gateway;

/// <summary>
/// Discord closes a connection (4008) past 120 sends per 60 s. Ordinary sends stop at
/// <see cref="OrdinaryLimit"/> so heartbeats, which may use the whole budget, always fit.
/// </summary>
internal sealed class GatewaySendLimiter
{
    public const int Limit = 120;
    public const int OrdinaryLimit = 110;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly TimeProvider _time;
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();

    public GatewaySendLimiter(TimeProvider time)
    {
        _time = time;
    }

    public async Task WaitAsync(bool isHeartbeat, CancellationToken cancellationToken)
    {
        var limit = isHeartbeat ? Limit : OrdinaryLimit;
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = _time.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= Window)
                {
                    _sent.Dequeue();
                }

                if (_sent.Count < limit)
                {
                    _sent.Enqueue(now);
                    return;
                }

                // The slot that frees first is the one that makes room below this sender's limit.
                wait = _sent.ElementAt(_sent.Count - limit) + Window - now;
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }
}
