namespace QaBot.Discord.Rest;

/// <summary>The session start limit of GET /gateway/bot.</summary>
/// <param name="Total">IDENTIFYs allowed per reset period (usually 1000 a day).</param>
/// <param name="Remaining">IDENTIFYs left.</param>
/// <param name="ResetAfter">Milliseconds until the limit resets.</param>
/// <param name="MaxConcurrency">How many shards may IDENTIFY per 5 seconds.</param>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
