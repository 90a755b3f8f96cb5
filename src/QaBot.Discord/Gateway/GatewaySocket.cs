using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace QaBot.Discord.Gateway;

/// <summary>
/// The WebSocket of one connection: whole-message reads into a growing buffer, serialized and
/// rate-limited sends, and a close that never hangs (close frame, then abort).
/// </summary>
internal sealed class GatewaySocket : IDisposable
{
    private const int MaxMessageBytes = 64 * 1024 * 1024;
    private const int ReceiveChunkBytes = 16 * 1024;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly GatewaySendLimiter _sendLimiter;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _abort = new();
    private readonly ArrayBufferWriter<byte> _received = new(ReceiveChunkBytes);

    public GatewaySocket(string userAgent, TimeProvider time)
    {
        _time = time;
        _sendLimiter = new GatewaySendLimiter(time);
        _socket.Options.SetRequestHeader("User-Agent", userAgent);
    }

    /// <summary>Cancelled when the socket is aborted: everything that waits on the connection stops.</summary>
    public CancellationToken Aborted => _abort.Token;

    /// <summary>The last message read by <see cref="ReceiveAsync"/>.</summary>
    public ReadOnlyMemory<byte> Message => _received.WrittenMemory;

    public int? CloseStatus => (int?)_socket.CloseStatus;

    public string? CloseStatusDescription => _socket.CloseStatusDescription;

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => _socket.ConnectAsync(uri, cancellationToken);

    /// <summary>Reads one whole message into <see cref="Message"/>. False when the peer closed.</summary>
    public async Task<bool> ReceiveAsync(CancellationToken cancellationToken)
    {
        _received.ResetWrittenCount();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_received.GetMemory(ReceiveChunkBytes), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return false;
            }

            _received.Advance(result.Count);
            if (_received.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException("A gateway message exceeded the size limit.");
            }

            if (result.EndOfMessage)
            {
                return true;
            }
        }
    }

    /// <summary>Sends one payload as JSON, within the gateway's send limit, one send at a time.</summary>
    public async Task SendAsync<T>(T payload, JsonTypeInfo<T> typeInfo, bool isHeartbeat, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, typeInfo);
        await _sendLimiter.WaitAsync(isHeartbeat, cancellationToken).ConfigureAwait(false);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Sends a close frame with <paramref name="code"/> (1000 ends the session; anything else keeps it
    /// resumable), then aborts, so the receive loop stops at once whether or not the peer answers.
    /// </summary>
    public async Task CloseAndAbortAsync(int code)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), _time);
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync((WebSocketCloseStatus)code, "reconnecting", timeout.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A broken socket cannot take a close frame; it is aborted below either way.
        }
        finally
        {
            await _abort.CancelAsync().ConfigureAwait(false);
        }
    }

    public Task AbortAsync() => _abort.CancelAsync();

    public void Dispose()
    {
        _socket.Dispose();
        _abort.Dispose();
        _sendLock.Dispose();
    }
}
