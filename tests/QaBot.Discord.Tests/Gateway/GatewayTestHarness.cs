using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using QaBot.Discord.Gateway;
using QaBot.Discord.Tests.Fakes;

namespace QaBot.Discord.Tests.Gateway;

/// <summary>Builds the subject against the fake gateway and walks it through the handshake.</summary>
internal static class GatewayTestHarness
{
    public const string Token = "test-token";

    public static DiscordGatewayClient CreateClient(TimeProvider time, double random = 0.25, Action<DiscordGatewayOptions>? configure = null)
    {
        var options = new DiscordGatewayOptions { Token = Token };
        configure?.Invoke(options);
        return new DiscordGatewayClient(options, time, new FixedRandom(random), NullLogger<DiscordGatewayClient>.Instance);
    }

    public static Task<GatewayDispatch> NextDispatchAsync(this DiscordGatewayClient client, string what) =>
        client.Dispatches.ReadAsync().AsTask().WithTimeout(what);

    /// <summary>Starts the client, answers IDENTIFY with READY (session "session-1", resume URL /resume) and consumes READY.</summary>
    public static async Task<FakeGatewayConnection> StartAndReadyAsync(this DiscordGatewayClient client, FakeGatewayServer server)
    {
        client.Start(server.Url);
        var connection = await server.NextConnectionAsync("the first connection");
        await connection.ExpectAsync(2);
        await connection.SendReadyAsync("session-1", server.ResumeUrl.ToString());
        var ready = await client.NextDispatchAsync("READY");
        Assert.Equal("READY", ready.Name);
        return connection;
    }

    public static object Message(string id, string content) => new
    {
        id,
        channel_id = "500",
        guild_id = "600",
        author = new { id = "700", username = "asker" },
        content,
        type = 0,
    };

    public static int Op(this JsonElement payload) => payload.GetProperty("op").GetInt32();
}
