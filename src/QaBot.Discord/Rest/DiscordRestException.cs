using System.Net;

namespace QaBot.Discord.Rest;

/// <summary>Discord answered a REST call with an error that retrying cannot fix (4xx), or kept failing (5xx, 429).</summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException()
    {
    }

    public DiscordRestException(string message)
        : base(message)
    {
    }

    public DiscordRestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordRestException(HttpStatusCode statusCode, int? errorCode, string route, string message)
        : base($"{route} failed with {(int)statusCode} {statusCode}{(errorCode is { } c ? $" (Discord code {c})" : "")}: {message}")
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Route = route;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Discord's JSON error code, when the body had one (e.g. 50035 invalid form body).</summary>
    public int? ErrorCode { get; }

    /// <summary>The route template (ids and tokens left out).</summary>
    public string Route { get; } = "";
}
