using System.Globalization;
using System.Net.Http.Headers;

namespace QaBot.Discord.Rest;

/// <summary>The rate-limit headers of one response (topics/rate-limits). Absent headers are null.</summary>
internal readonly record struct RateLimitHeaders(
    int? Limit,
    int? Remaining,
    double? ResetAfterSeconds,
    double? ResetEpochSeconds,
    string? Bucket,
    string? Scope,
    bool Global,
    double? RetryAfterSeconds)
{
    public static RateLimitHeaders Parse(HttpResponseHeaders headers) => new(
        Int(headers, "X-RateLimit-Limit"),
        Int(headers, "X-RateLimit-Remaining"),
        Double(headers, "X-RateLimit-Reset-After"),
        Double(headers, "X-RateLimit-Reset"),
        Text(headers, "X-RateLimit-Bucket"),
        Text(headers, "X-RateLimit-Scope"),
        string.Equals(Text(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
        Double(headers, "Retry-After"));

    private static string? Text(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static int? Int(HttpResponseHeaders headers, string name) =>
        int.TryParse(Text(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static double? Double(HttpResponseHeaders headers, string name) =>
        double.TryParse(Text(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
