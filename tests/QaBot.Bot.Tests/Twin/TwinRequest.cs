using System.Text.Json;

namespace QaBot.Bot.Tests.Twin;

/// <summary>One REST request the bot made to the twin, as the harness's proxy recorded it.</summary>
public sealed record TwinRequest(int Index, string Method, string Path, string? Authorization, string? UserAgent, string Body, double ReceivedAt, int? Status)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
