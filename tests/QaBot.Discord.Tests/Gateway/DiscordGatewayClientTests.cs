using System.Text.Json;
using QaBot.Discord.Gateway;
using QaBot.Discord.Messages;
using QaBot.Discord.Tests.Fakes;

namespace QaBot.Discord.Tests.Gateway;

public sealed class DiscordGatewayClientTests
{
    [Fact]
    public async Task Start_IdentifyCarriesTokenIntentsShardAndProperties_OverVersionedUrlWithUserAgent()
    {
        var time = new RecordingTimeProvider();
        await using var server = await FakeGatewayServer.StartAsync();
        await using var client = GatewayTestHarness.CreateClient(time, configure: o =>
        {
            o.ShardId = 2;
            o.ShardCount = 4;
        });

        client.Start(server.Url);
        var connection = await server.NextConnectionAsync();
        var identify = (await connection.ExpectAsync(2)).GetProperty("d");

        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.StartsWith("DiscordBot (", connection.UserAgent, StringComparison.Ordinal);
        Assert.Equal(GatewayTestHarness.Token, identify.GetProperty("token").GetString());
        Assert.Equal((1 << 0) | (1 << 9) | (1 << 12), identify.GetProperty("intents").GetInt32());
        Assert.Equal([2, 4], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        var properties = identify.GetProperty("properties");
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("os").GetString()));
        Assert.Equal("QaBot.Discord", properties.GetProperty("browser").GetString());
        Assert.Equal("QaBot.Discord", properties.GetProperty("device").GetString());
    }

    [Fact]
    public async Task Heartbeat_FirstAfterJitteredInterval_ThenEveryInterval_CarryingLastSequence()
    {
        var time = new RecordingTimeProvider();
        await using var server = await FakeGatewayServer.StartAsync();
        await using var client = GatewayTestHarness.CreateClient(time, random: 0.25);
        var connection = await client.StartAndReadyAsync(server);

        // interval 40 000 ms * random 0.25 = 10 000 ms before the first beat.
        await time.WaitForTimerAsync(TimeSpan.FromMilliseconds(10_000));
        Assert.Equal(0, connection.HeartbeatsReceived);
        time.Advance(TimeSpan.FromMilliseconds(10_000));
        var first = await connection.ExpectAsync(1);
        Assert.Equal(1, first.GetProperty("d").GetInt32());

        await connection.DispatchAsync("MESSAGE_CREATE", GatewayTestHarness.Message("1", "hi"));
        await client.NextDispatchAsync("MESSAGE_CREATE");
        await time.WaitForTimerAsync(TimeSpan.FromMilliseconds(40_000));
        time.Advance(TimeSpan.FromMilliseconds(39_999));
        await Task.Delay(100);
        Assert.Equal(1, connection.HeartbeatsReceived);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var second = await connection.ExpectAsync(1);
        Assert.Equal(2, second.GetProperty("d").GetInt32());
    }

    [Fact]
    public async Task Heartbeat_ServerAsksForOne_BeatsAtOnceWithoutTimePassing()
    {
        var time = new RecordingTimeProvider();
        await using var server = await FakeGatewayServer.StartAsync();
        await using var client = GatewayTestHarness.CreateClient(time);
        var connection = await client.StartAndReadyAsync(server);

        await connection.SendOpAsync(1);

        var beat = await connection.ExpectAsync(1);
        Assert.Equal(1, beat.GetProperty("d").GetInt32());
    }

    [Fact]
    public async Task Heartbeat_BeforeAnyDispatch_CarriesNullSequence()
    {
        var time = new RecordingTimeProvider();
        await using var server = await FakeGatewayServer.StartAsync();
        await using var client = GatewayTestHarness.CreateClient(time);
        client.Start(server.Url);
        var connection = await server.NextConnectionAsync();
        await connection.ExpectAsync(2);

        await connection.SendOpAsync(1);

        var beat = await connection.ExpectAsync(1);
        Assert.Equal(JsonValueKind.Null, beat.GetProperty("d").ValueKind);
    }

    [Fact]
    public async Task Heartbeat_NoAckBeforeNextBeat_ClosesAsZombieWithResumableCodeAndResumes()
    {
        var time = new RecordingTimeProvider();
        await using var server = await FakeGatewayServer.StartAsync();
        server.AutoAck = false;
        await using var client = GatewayTestHarness.CreateClient(time);
        var connection = await client.StartAndReadyAsync(server);

        await time.WaitForTimerAsync(TimeSpan.FromMilliseconds(10_000));
        time.Advance(TimeSpan.FromMilliseconds(10_000));
        await connection.ExpectAsync(1);
        await time.WaitForTimerAsync(TimeSpan.FromMilliseconds(40_000));
        time.Advance(TimeSpan.FromMilliseconds(40_000));

        var code = await connection.Closed.WithTimeout("the zombie connection to close");
        Assert.NotNull(code);
        Assert.NotEqual(1000, code);
        Assert.NotEqual(1001, code);
        var second = await server.NextConnectionAsync("a reconnect after the zombie");
        Assert.Equal("/resume", second.Path);
        var resume = (await second.ExpectAsync(6)).GetProperty("d");
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(1, resume.GetProperty("seq").GetInt32());
        Assert.Equal(GatewayTestHarness.Token, resume.GetProperty("token").GetString());
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesOnResumeUrl_ReplayedEventsArriveInOrderAfterTheOthers()
    {
        var time = new RecordingTimeProvider();
        await using var server = await FakeGatewayServer.StartAsync();
        await using var client = GatewayTestHarness.CreateClient(time);
        var connection = await client.StartAndReadyAsync(server);
        await connection.DispatchAsync("MESSAGE_CREATE", GatewayTestHarness.Message("11", "first"));
        Assert.Equal(2, (await client.NextDispatchAsync("first message")).Sequence);

        await connection.SendOpAsync(7);

        var code = await connection.Closed.WithTimeout("the client to close after op 7");
        Assert.NotEqual(1000, code);
        var second = await server.NextConnectionAsync("the resume connection");
        Assert.Equal("/resume", second.Path);
        var resume = (await second.ExpectAsync(6)).GetProperty("d");
        Assert.Equal(2, resume.GetProperty("seq").GetInt32());
        Assert.Equal(0, second.Log.Count(p => p.Op() == 2));
        await second.DispatchAsync("MESSAGE_CREATE", GatewayTestHarness.Message("12", "missed"), sequence: 3);
        await second.DispatchAsync("RESUMED", new { }, sequence: 4);

        var replayed = await client.NextDispatchAsync("the replayed message");
        Assert.Equal(("MESSAGE_CREATE", 3, "missed"), (replayed.Name, replayed.Sequence, replayed.ReadAs<DiscordMessage>().Content));
        Assert.Equal("RESUMED", (await client.NextDispatchAsync("RESUMED")).Name);
    }

    [Fact]
    public async Task InvalidSession_True_WaitsOneToFiveSecondsThenResumes()
    {
        var time = new RecordingTimeProvider();
        await using var server = await FakeGatewayServer.StartAsync();
        await using var client = GatewayTestHarness.CreateClient(time, random: 0.5);
        var connection = await client.StartAndReadyAsync(server);
        var timers = time.TimerCount;

        await connection.SendOpAsync(9, true);

        // 1 000 ms + 4 000 ms * 0.5
        await time.WaitForTimerAsync(TimeSpan.FromMilliseconds(3_000), timers);
        Assert.Equal(1, server.ConnectionCount);
        time.Advance(TimeSpan.FromMilliseconds(3_000));
        var second = await server.NextConnectionAsync("the resume after op 9 true");
        var resume = (await second.ExpectAsync(6)).GetProperty("d");
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task InvalidSession_False_IdentifiesAfreshOnTheGatewayUrl()
    {
        var time = new RecordingTimeProvider();
        await using var server = await FakeGatewayServer.StartAsync();
        await using var client = GatewayTestHarness.CreateClient(time, random: 0.5);
        var connection = await client.StartAndReadyAsync(server);
        time.Advance(TimeSpan.FromSeconds(10));
        var timers = time.TimerCount;

        await connection.SendOpAsync(9, false);

        await time.WaitForTimerAsync(TimeSpan.FromMilliseconds(3_000), timers);
        time.Advance(TimeSpan.FromMilliseconds(3_000));
        var second = await server.NextConnectionAsync("the fresh connection after op 9 false");
        Assert.Equal("/", second.Path);
        var identify = await second.ExpectAsync(2);
        Assert.Equal(GatewayTestHarness.Token, identify.GetProperty("d").GetProperty("token").GetString());
        Assert.Equal(0, second.Log.Count(p => p.Op() == 6));
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Close_FatalCode_StopsWithClearErrorAndNeverReconnects(int code)
    {
        var time = new RecordingTimeProvider();
        await using var server = await FakeGatewayServer.StartAsync();
        await using var client = GatewayTestHarness.CreateClient(time);
        client.Start(server.Url);
        var connection = await server.NextConnectionAsync();
        await connection.ExpectAsync(2);

        await connection.CloseAsync(code);

        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => client.Completion.WithTimeout("the client to stop"));
        Assert.Equal(code, error.CloseCode);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        time.Advance(TimeSpan.FromMinutes(10));
        await Task.Delay(100);
        Assert.Equal(1, server.ConnectionCount);
        Assert.True(client.Dispatches.Completion.IsCompleted);
    }

    [Theory]
    [InlineData(4000, 6)]
    [InlineData(4001, 6)]
    [InlineData(4002, 6)]
    [InlineData(4003, 6)]
    [InlineData(4005, 6)]
    [InlineData(4008, 6)]
    [InlineData(4007, 2)]
    [InlineData(4009, 2)]
    public async Task Close_RecoverableCode_ReconnectsAndResumesOrIdentifies(int code, int expectedOp)
    {
        var time = new RecordingTimeProvider();
        await using var server = await FakeGatewayServer.StartAsync();
        await using var client = GatewayTestHarness.CreateClient(time);
        var connection = await client.StartAndReadyAsync(server);
        time.Advance(TimeSpan.FromSeconds(10));

        await connection.CloseAsync(code);

        var second = await server.NextConnectionAsync($"a reconnect after {code}");
        var payload = await second.ExpectAsync(expectedOp);
        Assert.Equal(expectedOp, payload.Op());
        Assert.Equal(expectedOp == 6 ? "/resume" : "/", second.Path);
    }

    [Fact]
    public async Task Connect_Refused_RetriesWithCappedExponentialBackoff()
    {
        var time = new RecordingTimeProvider();
        await using var client = GatewayTestHarness.CreateClient(time, random: 0, configure: o =>
        {
            o.ReconnectBaseDelay = TimeSpan.FromSeconds(1);
            o.ReconnectMaxDelay = TimeSpan.FromSeconds(8);
        });
        var deadPort = new Uri($"ws://127.0.0.1:{FreePort()}/");

        client.Start(deadPort);

        // Equal jitter with random 0: half of 1, 2, 4, 8, 8 (capped) seconds.
        foreach (var ms in new[] { 500, 1_000, 2_000, 4_000, 4_000 })
        {
            var timers = time.TimerCount;
            await time.WaitForTimerAsync(TimeSpan.FromMilliseconds(ms), timers - 1);
            time.Advance(TimeSpan.FromMilliseconds(ms));
        }
    }

    [Fact]
    public async Task Receive_DispatchLargerThanOneBuffer_ArrivesWhole()
    {
        var time = new RecordingTimeProvider();
        await using var server = await FakeGatewayServer.StartAsync();
        await using var client = GatewayTestHarness.CreateClient(time);
        var connection = await client.StartAndReadyAsync(server);
        var content = string.Concat(Enumerable.Repeat("0123456789", 20_000));

        await connection.DispatchAsync("MESSAGE_CREATE", GatewayTestHarness.Message("1", content));

        var dispatch = await client.NextDispatchAsync("the large message");
        Assert.Equal(content, dispatch.ReadAs<DiscordMessage>().Content);
    }

    [Fact]
    public async Task Stop_ClosesWith1000AndCompletesDispatches()
    {
        var time = new RecordingTimeProvider();
        await using var server = await FakeGatewayServer.StartAsync();
        var client = GatewayTestHarness.CreateClient(time);
        var connection = await client.StartAndReadyAsync(server);

        await client.StopAsync(CancellationToken.None).WithTimeout("the client to stop");

        Assert.Equal(1000, await connection.Closed.WithTimeout("the close frame"));
        Assert.True(client.Completion.IsCompletedSuccessfully);
        await client.Dispatches.Completion.WithTimeout("the dispatch queue to complete");
        await client.DisposeAsync();
    }

    [Fact]
    public void ReadAs_TypeThatIsNotAModel_Throws()
    {
        var dispatch = new GatewayDispatch("X", 1, JsonDocument.Parse("{}").RootElement);

        Assert.Throws<NotSupportedException>(() => dispatch.ReadAs<Uri>());
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
