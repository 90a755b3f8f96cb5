using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace QaBot.Discord.Tests.Fakes;

/// <summary>
/// A scripted Discord gateway on 127.0.0.1 (Kestrel, port 0). Every WebSocket gets HELLO at once; the
/// test drives the rest through <see cref="NextConnectionAsync"/>. Any path is accepted, so the resume
/// URL can differ from the gateway URL.
/// </summary>
public sealed class FakeGatewayServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private int _connectionCount;

    private FakeGatewayServer(WebApplication app)
    {
        _app = app;
    }

    public Uri Url { get; private set; } = null!;

    public Uri ResumeUrl => new(Url, "/resume");

    public int HeartbeatInterval { get; set; } = 40_000;

    public bool AutoAck { get; set; } = true;

    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    public static async Task<FakeGatewayServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeGatewayServer(app);
        app.UseWebSockets();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/");
        return server;
    }

    public Task<FakeGatewayConnection> NextConnectionAsync(string what = "a client connection") =>
        _connections.Reader.ReadAsync().AsTask().WithTimeout(what);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var connection = new FakeGatewayConnection(
            socket,
            context.Request.Path.Value ?? "",
            context.Request.QueryString.Value ?? "",
            context.Request.Headers.UserAgent.ToString(),
            AutoAck);
        Interlocked.Increment(ref _connectionCount);
        await connection.SendHelloAsync(HeartbeatInterval);
        _connections.Writer.TryWrite(connection);
        await connection.RunAsync();
    }
}
