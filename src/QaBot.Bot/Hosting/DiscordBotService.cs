using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QaBot.Discord.Gateway;
using QaBot.Discord.Rest;

namespace QaBot.Bot.Hosting;

/// <summary>
/// The bot under the Generic Host. Start: GET /gateway/bot, connect, route dispatches. Stop: close the
/// gateway (1000), route what was already received, and wait for every reply in flight; only when the
/// host's shutdown timeout runs out are the remaining replies cancelled.
/// </summary>
internal sealed class DiscordBotService : IHostedService, IAsyncDisposable
{
    private readonly DiscordRestClient _rest;
    private readonly DiscordGatewayClient _gateway;
    private readonly DispatchRouter _router;
    private readonly InFlightWork _work;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordBotService> _logger;
    private readonly CancellationTokenSource _hardStop = new();
    private Task? _consumer;
    private Task? _watcher;

    public DiscordBotService(
        DiscordRestClient rest,
        DiscordGatewayClient gateway,
        DispatchRouter router,
        InFlightWork work,
        IHostApplicationLifetime lifetime,
        TimeProvider time,
        ILogger<DiscordBotService> logger)
    {
        _rest = rest;
        _gateway = gateway;
        _router = router;
        _work = work;
        _lifetime = lifetime;
        _time = time;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var info = await _rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        _logger.Starting(info.Url, info.Shards, info.SessionStartLimit.Remaining);
        if (info.SessionStartLimit.Remaining <= 0)
        {
            _logger.SessionStartsExhausted(info.SessionStartLimit.ResetAfter);
            await Task.Delay(TimeSpan.FromMilliseconds(info.SessionStartLimit.ResetAfter), _time, cancellationToken).ConfigureAwait(false);
        }

        _gateway.Start(new Uri(info.Url));
        _consumer = ConsumeAsync();
        _watcher = WatchGatewayAsync();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _logger.Stopping(_work.Count);
        using var registration = cancellationToken.Register(static s => ((CancellationTokenSource)s!).Cancel(), _hardStop);
        await _gateway.StopAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_consumer is { } consumer)
        {
            await consumer.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await _work.WhenIdleAsync().WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_watcher is { } watcher)
        {
            await watcher.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _logger.Stopped();
    }

    // The gateway client belongs to the container, which disposes it.
    public ValueTask DisposeAsync()
    {
        _hardStop.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task ConsumeAsync()
    {
        // Routing only claims and starts work; the hard-stop token cancels replies only when shutdown times out.
        await foreach (var dispatch in _gateway.Dispatches.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            try
            {
                await _router.RouteAsync(dispatch, _hardStop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException or OperationCanceledException)
            {
                // One malformed dispatch is logged and skipped; the loop goes on.
                _logger.DispatchFailed(dispatch.Name, ex);
            }
        }
    }

    private async Task WatchGatewayAsync()
    {
        try
        {
            await _gateway.Completion.ConfigureAwait(false);
        }
        catch (GatewayFatalException ex)
        {
            _logger.GatewayFatal(ex.Message);
            Environment.ExitCode = 1;
            _lifetime.StopApplication();
        }
    }
}
