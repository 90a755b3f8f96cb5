using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using QaBot.Discord.Api;

namespace QaBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection: HELLO, then IDENTIFY or RESUME, then the receive loop and the heartbeat
/// until the connection ends. It only reads, tracks and hands dispatches on; it never runs bot logic.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    private readonly DiscordGatewayOptions _options;
    private readonly GatewaySession _session;
    private readonly ChannelWriter<GatewayDispatch> _dispatches;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly ILogger _logger;
    private readonly GatewaySocket _socket;
    private readonly GatewayHeartbeat _heartbeat;
    private readonly Lock _closeLock = new();
    private ConnectionOutcome? _forcedOutcome;
    private Task? _closing;
    private bool _reachedReady;

    public GatewayConnection(
        DiscordGatewayOptions options,
        GatewaySession session,
        ChannelWriter<GatewayDispatch> dispatches,
        TimeProvider time,
        Random random,
        ILogger logger)
    {
        _options = options;
        _session = session;
        _dispatches = dispatches;
        _time = time;
        _random = random;
        _logger = logger;
        _socket = new GatewaySocket(options.UserAgent, time);
        _heartbeat = new GatewayHeartbeat(time, random, SendHeartbeatAsync, OnZombieAsync);
    }

    public async Task<ConnectionOutcome> RunAsync(Uri gatewayUrl, CancellationToken stopToken)
    {
        var resume = _session.ResumeTarget;
        var target = resume?.ResumeUrl ?? gatewayUrl;
        _logger.Connecting(target.Host, _options.ShardId, _options.ShardCount, resume is null ? "identify" : "resume");

        TimeSpan heartbeatInterval;
        using (var timeout = new CancellationTokenSource(_options.ConnectTimeout, _time))
        using (var connect = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stopToken))
        {
            await _socket.ConnectAsync(GatewayUri.Build(target), connect.Token).ConfigureAwait(false);
            heartbeatInterval = await ReceiveHelloAsync(connect.Token).ConfigureAwait(false);
        }

        using var stopRegistration = stopToken.Register(
            static state => ((GatewayConnection)state!).RequestClose(
                new ConnectionOutcome(ConnectionNext.Stopped, false, "stopped"), 1000),
            this);
        var heartbeat = _heartbeat.RunAsync(heartbeatInterval, _socket.Aborted);
        try
        {
            if (resume is { } r)
            {
                await SendAsync(
                    new GatewaySendPayload<ResumeData>(GatewayOpCode.Resume, new ResumeData(_options.Token, r.SessionId, r.Sequence)),
                    DiscordJsonContext.Default.GatewaySendPayloadResumeData,
                    isHeartbeat: false,
                    _socket.Aborted).ConfigureAwait(false);
            }
            else
            {
                _session.Invalidate();
                _session.LastIdentifyAt = _time.GetUtcNow();
                await SendAsync(
                    new GatewaySendPayload<IdentifyData>(GatewayOpCode.Identify, CreateIdentify()),
                    DiscordJsonContext.Default.GatewaySendPayloadIdentifyData,
                    isHeartbeat: false,
                    _socket.Aborted).ConfigureAwait(false);
            }

            return await ReceiveLoopAsync().ConfigureAwait(false) with { ReachedReady = _reachedReady };
        }
        catch (Exception ex) when ((ex is OperationCanceledException or WebSocketException) && _forcedOutcome is not null)
        {
            return _forcedOutcome! with { ReachedReady = _reachedReady };
        }
        finally
        {
            await _socket.AbortAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
            if (_closing is { } closing)
            {
                await closing.ConfigureAwait(false);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private IdentifyData CreateIdentify() => new(
        _options.Token,
        (int)_options.Intents,
        new IdentifyProperties(Environment.OSVersion.Platform.ToString().ToLowerInvariant(), _options.LibraryName, _options.LibraryName),
        [_options.ShardId, _options.ShardCount]);

    private async Task<TimeSpan> ReceiveHelloAsync(CancellationToken cancellationToken)
    {
        if (!await _socket.ReceiveAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new WebSocketException($"The gateway closed before HELLO ({_socket.CloseStatus}).");
        }

        using var document = JsonDocument.Parse(_socket.Message);
        var root = document.RootElement;
        if (root.GetProperty("op").GetInt32() != (int)GatewayOpCode.Hello)
        {
            throw new WebSocketException("The gateway's first payload was not HELLO.");
        }

        var hello = root.GetProperty("d").Deserialize(DiscordJsonContext.Default.HelloData)
            ?? throw new WebSocketException("HELLO carried no data.");
        return TimeSpan.FromMilliseconds(hello.HeartbeatInterval);
    }

    private async Task<ConnectionOutcome> ReceiveLoopAsync()
    {
        while (true)
        {
            bool isData;
            try
            {
                isData = await _socket.ReceiveAsync(_socket.Aborted).ConfigureAwait(false);
            }
            catch (WebSocketException ex) when (_forcedOutcome is null)
            {
                return new ConnectionOutcome(ConnectionNext.Resume, _reachedReady, "connection lost: " + ex.Message);
            }

            if (!isData)
            {
                return _forcedOutcome ?? ClassifyClose(_socket.CloseStatus, _socket.CloseStatusDescription);
            }

            ConnectionOutcome? outcome;
            try
            {
                outcome = await HandlePayloadAsync().ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                // One unreadable payload is skipped: the sequence is not advanced, so a resume replays it.
                _logger.BadPayload(ex);
                continue;
            }

            if (outcome is not null)
            {
                return outcome;
            }
        }
    }

    private ConnectionOutcome ClassifyClose(int? code, string? description)
    {
        var reason = $"closed by the gateway with {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no code"} {description}".TrimEnd();
        if (code is not { } c)
        {
            return new ConnectionOutcome(ConnectionNext.Resume, _reachedReady, reason);
        }

        if (GatewayCloseCodes.FatalReason(c) is { } fatal)
        {
            return new ConnectionOutcome(ConnectionNext.Fatal, _reachedReady, fatal, CloseCode: c);
        }

        return GatewayCloseCodes.RequiresNewSession(c)
            ? new ConnectionOutcome(ConnectionNext.Identify, _reachedReady, reason, CloseCode: c)
            : new ConnectionOutcome(ConnectionNext.Resume, _reachedReady, reason, CloseCode: c);
    }

    private async Task<ConnectionOutcome?> HandlePayloadAsync()
    {
        GatewayDispatch dispatch;
        using (var document = JsonDocument.Parse(_socket.Message))
        {
            var root = document.RootElement;
            var op = (GatewayOpCode)root.GetProperty("op").GetInt32();
            switch (op)
            {
                case GatewayOpCode.Dispatch:
                    dispatch = new GatewayDispatch(
                        root.GetProperty("t").GetString() ?? "",
                        root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : 0,
                        root.TryGetProperty("d", out var d) ? d.Clone() : default);
                    break;
                case GatewayOpCode.Heartbeat:
                    await SendHeartbeatAsync(_socket.Aborted).ConfigureAwait(false);
                    return null;
                case GatewayOpCode.HeartbeatAck:
                    _heartbeat.Acknowledge();
                    return null;
                case GatewayOpCode.Reconnect:
                    await RequestClose(new ConnectionOutcome(ConnectionNext.Resume, _reachedReady, "the gateway asked to reconnect (op 7)"), GatewayCloseCodes.ReconnectRequested).ConfigureAwait(false);
                    return _forcedOutcome;
                case GatewayOpCode.InvalidSession:
                    var resumable = root.TryGetProperty("d", out var r) && r.ValueKind == JsonValueKind.True;
                    return await InvalidSessionAsync(resumable).ConfigureAwait(false);
                default:
                    return null;
            }
        }

        if (dispatch.Name == "READY")
        {
            var ready = dispatch.ReadAs<ReadyEvent>();
            _session.Start(ready.SessionId, new Uri(ready.ResumeGatewayUrl));
            _reachedReady = true;
            _logger.Ready(ready.User.Username, ready.User.Id);
        }
        else if (dispatch.Name == "RESUMED")
        {
            _reachedReady = true;
            _logger.Resumed(_session.Sequence);
        }

        // Hand the event on first, then advance the sequence: if the connection dies while the queue is
        // full, the event was not delivered and a resume replays it.
        await _dispatches.WriteAsync(dispatch, _socket.Aborted).ConfigureAwait(false);
        _session.Advance(dispatch.Sequence);
        return null;
    }

    private async Task<ConnectionOutcome?> InvalidSessionAsync(bool resumable)
    {
        // Discord asks for a random 1-5 s wait before the next IDENTIFY or RESUME after op 9.
        var wait = TimeSpan.FromMilliseconds(1000 + (4000 * _random.NextDouble()));
        if (resumable)
        {
            await RequestClose(new ConnectionOutcome(ConnectionNext.Resume, _reachedReady, "invalid session, resumable (op 9 true)", wait), GatewayCloseCodes.ReconnectRequested).ConfigureAwait(false);
        }
        else
        {
            _session.Invalidate();
            await RequestClose(new ConnectionOutcome(ConnectionNext.Identify, _reachedReady, "invalid session (op 9 false)", wait), 1000).ConfigureAwait(false);
        }

        return _forcedOutcome;
    }

    private Task OnZombieAsync()
    {
        _logger.Zombie();
        return RequestClose(new ConnectionOutcome(ConnectionNext.Resume, _reachedReady, "no heartbeat ACK (zombie connection)"), GatewayCloseCodes.ReconnectRequested);
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken)
    {
        var sequence = _session.Sequence;
        _logger.HeartbeatSent(sequence);
        return SendAsync(
            new GatewaySendPayload<int?>(GatewayOpCode.Heartbeat, sequence),
            DiscordJsonContext.Default.GatewaySendPayloadNullableInt32,
            isHeartbeat: true,
            cancellationToken);
    }

    private Task SendAsync<T>(T payload, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, bool isHeartbeat, CancellationToken cancellationToken) =>
        _socket.SendAsync(payload, typeInfo, isHeartbeat, cancellationToken);

    /// <summary>
    /// Ends the connection from this side: the first caller's outcome wins, and the socket is closed with
    /// <paramref name="code"/> and aborted.
    /// </summary>
    private Task RequestClose(ConnectionOutcome outcome, int code)
    {
        lock (_closeLock)
        {
            if (_closing is not null)
            {
                return _closing;
            }

            _forcedOutcome = outcome;
            _closing = _socket.CloseAndAbortAsync(code);
            return _closing;
        }
    }
}
