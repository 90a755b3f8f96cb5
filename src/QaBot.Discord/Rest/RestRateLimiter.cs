using System.Collections.Concurrent;
using QaBot.Discord.Api;

namespace QaBot.Discord.Rest;

/// <summary>
/// Discord's rate limits as the headers describe them: buckets learned from X-RateLimit-Bucket and kept
/// apart per major parameter, a bot-wide request rate, and the waits that 429s impose (global or not).
/// </summary>
internal sealed class RestRateLimiter
{
    private static readonly TimeSpan GlobalWindow = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time;
    private readonly int _globalPerSecond;
    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _globalLock = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private DateTimeOffset _globalResetAt = DateTimeOffset.MinValue;

    public RestRateLimiter(TimeProvider time, int globalPerSecond)
    {
        _time = time;
        _globalPerSecond = globalPerSecond;
    }

    public RateLimitBucket BucketFor(RestRoute route)
    {
        var id = _bucketOfRoute.TryGetValue(route.Key, out var hash) ? hash : "route:" + route.Key;
        return _buckets.GetOrAdd(id + "|" + route.MajorParameter, static _ => new RateLimitBucket());
    }

    /// <summary>Waits until the bucket and the bot-wide limit allow one more call, then counts it.</summary>
    public async Task WaitTurnAsync(RestRoute route, RateLimitBucket bucket, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_globalLock)
            {
                var now = _time.GetUtcNow();
                wait = bucket.WaitAt(now);
                if (_globalResetAt > now && _globalResetAt - now > wait)
                {
                    wait = _globalResetAt - now;
                }

                if (route.Authenticated)
                {
                    while (_recent.Count > 0 && now - _recent.Peek() >= GlobalWindow)
                    {
                        _recent.Dequeue();
                    }

                    if (_recent.Count >= _globalPerSecond && _recent.Peek() + GlobalWindow - now > wait)
                    {
                        wait = _recent.Peek() + GlobalWindow - now;
                    }
                }

                if (wait <= TimeSpan.Zero)
                {
                    if (route.Authenticated)
                    {
                        _recent.Enqueue(now);
                    }

                    return;
                }
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records what a response's headers say about its bucket.</summary>
    public void Update(RestRoute route, RateLimitBucket bucket, RateLimitHeaders headers)
    {
        var now = _time.GetUtcNow();
        if (headers.Remaining is { } remaining)
        {
            bucket.Remaining = remaining;
        }

        // Reset-After is relative, so it does not depend on the two clocks agreeing.
        if (headers.ResetAfterSeconds is { } resetAfter)
        {
            bucket.ResetAt = now + TimeSpan.FromSeconds(resetAfter);
        }
        else if (headers.ResetEpochSeconds is { } reset)
        {
            bucket.ResetAt = DateTimeOffset.FromUnixTimeMilliseconds((long)(reset * 1000));
        }

        if (headers.Bucket is { } hash
            && (!_bucketOfRoute.TryGetValue(route.Key, out var known) || !string.Equals(known, hash, StringComparison.Ordinal)))
        {
            _bucketOfRoute[route.Key] = hash;

            // The same object lives on under its real name, so calls already queued on its gate stay in order.
            _buckets.TryAdd(hash + "|" + route.MajorParameter, bucket);
        }
    }

    /// <summary>Records a 429 and returns how long Discord asked to wait and whether the limit is global.</summary>
    public (TimeSpan RetryAfter, bool Global) OnRateLimited(RateLimitBucket bucket, RateLimitHeaders headers, RateLimitedResponse? body)
    {
        var seconds = body?.RetryAfter ?? headers.RetryAfterSeconds ?? headers.ResetAfterSeconds ?? 1;
        var retryAfter = TimeSpan.FromSeconds(seconds);
        var global = body?.Global == true || headers.Global || string.Equals(headers.Scope, "global", StringComparison.OrdinalIgnoreCase);
        var until = _time.GetUtcNow() + retryAfter;
        if (global)
        {
            lock (_globalLock)
            {
                if (until > _globalResetAt)
                {
                    _globalResetAt = until;
                }
            }
        }
        else
        {
            bucket.Remaining = 0;
            bucket.ResetAt = until;
        }

        return (retryAfter, global);
    }
}
