namespace QaBot.Discord.Api;

/// <summary>The body of a 429 response.</summary>
internal sealed record RateLimitedResponse(string? Message, double RetryAfter, bool Global);
