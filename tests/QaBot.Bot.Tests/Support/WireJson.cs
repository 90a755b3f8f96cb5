using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using QaBot.Discord.Api;

namespace QaBot.Bot.Tests.Support;

/// <summary>Serializes a model exactly as the REST client puts it on the wire.</summary>
public static class WireJson
{
    public static string Serialize<T>(T value) =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)DiscordJsonContext.Default.GetTypeInfo(typeof(T))!);
}
