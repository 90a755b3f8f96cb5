namespace QaBot.Discord.Tests.Fakes;

/// <summary>What the fake REST server answers.</summary>
public sealed record FakeResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Json(string body, params (string Name, string Value)[] headers) =>
        new(200, body, headers.ToDictionary(h => h.Name, h => h.Value));

    public static FakeResponse NoContent() => new(204);
}
