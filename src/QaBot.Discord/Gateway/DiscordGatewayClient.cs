using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace QaBot.Discord.Gateway;

/// <summary>
/// A Discord Gateway v10 client for one shard. It connects, identifies or resumes, heartbeats,
/// reconnects with capped jittered backoff, and stops for good on the close codes after which
/// reconnecting cannot help. Dispatches come out of <see cref="Dispatches"/>, a bounded queue: the
/// receive loop never runs the consumer's code.
/// </summary>
public sealed class DiscordGatewayClient : IAsyncDisposable
{
    private readonly DiscordGatewayOptions _options;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly ILogger<DiscordGatewayClient> _logger;
    private readonly Channel<GatewayDispatch> _dispatches;
    private readonly GatewaySession _session = new();
    private readonly ReconnectBackoff _backoff;
    private readonly CancellationTokenSource _stop = new();
    private Task? _run;
    private int _disposed;

    /// <param name="options">Token, intents, shard and timing.</param>
    /// <param name="timeProvider">The clock for heartbeats, backoff and timeouts.</param>
    /// <param name="random">The source of heartbeat and backoff jitter. Used from one task at a time.</param>
    /// <param name="logger">Where connection events go. The token is never logged.</param>
    public DiscordGatewayClient(DiscordGatewayOptions options, TimeProvider timeProvider, Random random, ILogger<DiscordGatewayClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Token, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.ShardId);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ShardCount, options.ShardId + 1);
        _options = options;
        _time = timeProvider;
        _random = random;
        _logger = logger;
        _backoff = new ReconnectBackoff(options.ReconnectBaseDelay, options.ReconnectMaxDelay, random);
        _dispatches = Channel.CreateBounded<GatewayDispatch>(new BoundedChannelOptions(options.DispatchQueueCapacity)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The dispatches in order. Completes when the client stops.</summary>
    public ChannelReader<GatewayDispatch> Dispatches => _dispatches.Reader;

    /// <summary>
    /// Completes when the client has stopped: normally after <see cref="StopAsync"/>, or faulted with a
    /// <see cref="GatewayFatalException"/> when Discord closed with 4004 or 4010-4014.
    /// </summary>
    public Task Completion => _run ?? throw new InvalidOperationException("The gateway client was not started.");

    /// <summary>Starts connecting to <paramref name="gatewayUrl"/> (the url of GET /gateway/bot) in the background.</summary>
    public void Start(Uri gatewayUrl)
    {
        ArgumentNullException.ThrowIfNull(gatewayUrl);
        if (_run is not null)
        {
            throw new InvalidOperationException("The gateway client was already started.");
        }

        _run = RunAsync(gatewayUrl, _stop.Token);
    }

    /// <summary>Closes the connection with 1000 (ending the session) and waits for the client to stop.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_run is { } run)
        {
            await run.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            return;
        }

        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stop.Dispose();
        }
    }

    private async Task RunAsync(Uri gatewayUrl, CancellationToken stop)
    {
        // Let Start return before the first connection attempt runs.
        await Task.Yield();
        var failures = 0;
        var extraDelay = TimeSpan.Zero;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await WaitBeforeConnectingAsync(failures, extraDelay, stop).ConfigureAwait(false);
                var outcome = await ConnectOnceAsync(gatewayUrl, stop).ConfigureAwait(false);
                _logger.ConnectionEnded(outcome.Reason, outcome.Next);
                switch (outcome.Next)
                {
                    case ConnectionNext.Stopped:
                        return;
                    case ConnectionNext.Fatal:
                        _logger.Fatal(outcome.Reason);
                        throw new GatewayFatalException(outcome.CloseCode ?? 0, outcome.Reason);
                    case ConnectionNext.Identify:
                        _session.Invalidate();
                        break;
                }

                failures = outcome.ReachedReady ? 0 : failures + 1;
                extraDelay = outcome.ExtraDelay;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped while waiting or connecting.
        }
        finally
        {
            _dispatches.Writer.TryComplete();
            _logger.Stopped();
        }
    }

    private async Task WaitBeforeConnectingAsync(int failures, TimeSpan extraDelay, CancellationToken stop)
    {
        var delay = _backoff.DelayFor(failures);
        if (extraDelay > delay)
        {
            delay = extraDelay;
        }

        if (!_session.CanResume && _session.LastIdentifyAt is { } last)
        {
            var identifyWait = last + _options.IdentifyInterval - _time.GetUtcNow();
            if (identifyWait > delay)
            {
                delay = identifyWait;
            }
        }

        if (delay > TimeSpan.Zero)
        {
            _logger.ReconnectDelay(delay.TotalMilliseconds);
            await Task.Delay(delay, _time, stop).ConfigureAwait(false);
        }
    }

    private async Task<ConnectionOutcome> ConnectOnceAsync(Uri gatewayUrl, CancellationToken stop)
    {
        var connection = new GatewayConnection(_options, _session, _dispatches.Writer, _time, _random, _logger);
        await using (connection.ConfigureAwait(false))
        {
            try
            {
                return await connection.RunAsync(gatewayUrl, stop).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stop.IsCancellationRequested && ex is WebSocketException or JsonException or OperationCanceledException or IOException or InvalidOperationException)
            {
                // A failed connect, a timeout waiting for HELLO, or a broken handshake: retry with backoff,
                // keeping the session so the next connection can still resume.
                _logger.ConnectFailed(ex);
                return new ConnectionOutcome(ConnectionNext.Resume, false, "connection failed: " + ex.Message);
            }
        }
    }
}
