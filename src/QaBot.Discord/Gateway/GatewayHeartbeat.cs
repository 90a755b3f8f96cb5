using System.Net.WebSockets;

namespace QaBot.Discord.Gateway;

/// <summary>
/// The heartbeat of one connection: the first beat after interval * random[0,1), then one per interval.
/// A beat due while the previous one is still unacknowledged means the connection is a zombie.
/// </summary>
internal sealed class GatewayHeartbeat
{
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly Func<CancellationToken, Task> _beat;
    private readonly Func<Task> _zombie;
    private volatile bool _acknowledged = true;

    /// <param name="time">The clock the beats follow.</param>
    /// <param name="random">The source of the first beat's jitter.</param>
    /// <param name="beat">Sends one op 1 with the last sequence.</param>
    /// <param name="zombie">Ends the connection so it can be resumed on a new one.</param>
    public GatewayHeartbeat(TimeProvider time, Random random, Func<CancellationToken, Task> beat, Func<Task> zombie)
    {
        _time = time;
        _random = random;
        _beat = beat;
        _zombie = zombie;
    }

    /// <summary>Op 11 arrived.</summary>
    public void Acknowledge() => _acknowledged = true;

    public async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * _random.NextDouble(), _time, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (!_acknowledged)
                {
                    await _zombie().ConfigureAwait(false);
                    return;
                }

                _acknowledged = false;
                await _beat(cancellationToken).ConfigureAwait(false);
                await Task.Delay(interval, _time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The connection is ending; the heartbeat ends with it.
        }
        catch (WebSocketException)
        {
            // The socket broke under a heartbeat; the receive loop sees the same failure and reports it.
        }
    }
}
