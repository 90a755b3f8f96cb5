using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace QaBot.Discord.Tests.Fakes;

/// <summary>One client connection to the fake gateway: what the client sent, and a script to answer it.</summary>
public sealed class FakeGatewayConnection : IDisposable
{
    private readonly WebSocket _socket;
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource<int?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly List<JsonElement> _log = [];
    private int _sequence;

    public FakeGatewayConnection(WebSocket socket, string path, string query, string? userAgent, bool autoAck)
    {
        _socket = socket;
        Path = path;
        Query = query;
        UserAgent = userAgent;
        AutoAck = autoAck;
    }

    public string Path { get; }

    public string Query { get; }

    public string? UserAgent { get; }

    public bool AutoAck { get; set; }

    /// <summary>The close code the client sent, or null when the socket was dropped without one.</summary>
    public Task<int?> Closed => _closed.Task;

    public IReadOnlyList<JsonElement> Log
    {
        get { lock (_log) { return _log.ToArray(); } }
    }

    public int HeartbeatsReceived
    {
        get { lock (_log) { return _log.Count(p => p.GetProperty("op").GetInt32() == 1); } }
    }

    /// <summary>The next payload with <paramref name="op"/>; others (heartbeats, unless asked for) are skipped.</summary>
    public async Task<JsonElement> ExpectAsync(int op, TimeSpan? timeout = null)
    {
        return await ReadAsync().WithTimeout($"op {op} from the client on {Path}", timeout);

        async Task<JsonElement> ReadAsync()
        {
            while (true)
            {
                var payload = await _received.Reader.ReadAsync();
                if (payload.GetProperty("op").GetInt32() == op)
                {
                    return payload;
                }
            }
        }
    }

    public Task SendAsync(object payload) => SendRawAsync(JsonSerializer.Serialize(payload));

    public async Task SendRawAsync(string json)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public Task SendHelloAsync(int heartbeatInterval) => SendAsync(new { op = 10, d = new { heartbeat_interval = heartbeatInterval }, s = (int?)null, t = (string?)null });

    /// <summary>Sends a dispatch with the next sequence number (or <paramref name="sequence"/>), returns the number used.</summary>
    public async Task<int> DispatchAsync(string name, object data, int? sequence = null)
    {
        var s = sequence ?? Interlocked.Increment(ref _sequence);
        await SendAsync(new { op = 0, t = name, s, d = data });
        return s;
    }

    public Task SendReadyAsync(string sessionId, string resumeUrl, string userId = "100", string applicationId = "100") =>
        DispatchAsync("READY", new
        {
            v = 10,
            user = new { id = userId, username = "QaBot", bot = true },
            session_id = sessionId,
            resume_gateway_url = resumeUrl,
            guilds = Array.Empty<object>(),
            application = new { id = applicationId, flags = 0 },
        });

    public Task SendOpAsync(int op, object? d = null) => SendAsync(new { op, d, s = (int?)null, t = (string?)null });

    public async Task CloseAsync(int code, string reason = "scripted close")
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Dispose() => _sendLock.Dispose();

    internal async Task RunAsync()
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _closed.TrySetResult((int?)result.CloseStatus);
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await _socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var payload = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                message.SetLength(0);
                lock (_log)
                {
                    _log.Add(payload);
                }

                if (AutoAck && payload.GetProperty("op").GetInt32() == 1)
                {
                    await SendOpAsync(11);
                }

                _received.Writer.TryWrite(payload);
            }
        }
        catch (WebSocketException)
        {
            _closed.TrySetResult(null);
        }
        finally
        {
            _received.Writer.TryComplete();
        }
    }
}
