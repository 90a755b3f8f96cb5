namespace QaBot.Discord.Rest;

/// <summary>
/// What is known of one bucket for one major parameter. Calls in a bucket go one at a time (the gate),
/// so the remaining count read from the last response is the truth for the next call.
/// </summary>
internal sealed class RateLimitBucket
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }

    /// <summary>How long the next call must wait at <paramref name="now"/>, or zero.</summary>
    public TimeSpan WaitAt(DateTimeOffset now) =>
        Remaining is 0 && ResetAt > now ? ResetAt - now : TimeSpan.Zero;
}
