using Microsoft.Extensions.Logging;

namespace QaBot.Bot.Hosting;

/// <summary>
/// Runs handlers off the dispatch loop, at most a few at once, and remembers them so shutdown can wait
/// for every reply in flight. Each handler is a boundary: its failure is logged and the bot moves on.
/// </summary>
internal sealed class InFlightWork : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly ILogger<InFlightWork> _logger;
    private readonly HashSet<Task> _running = [];
    private readonly Lock _lock = new();

    public InFlightWork(int maxConcurrency, ILogger<InFlightWork> logger)
    {
        _slots = new SemaphoreSlim(maxConcurrency, maxConcurrency);
        _logger = logger;
    }

    public int Count
    {
        get { lock (_lock) { return _running.Count; } }
    }

    /// <summary>Waits for a free slot (back-pressure on the dispatch queue), then starts <paramref name="work"/>.</summary>
    public async Task StartAsync(string name, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        var task = Task.Run(() => RunAsync(name, work, cancellationToken), CancellationToken.None);
        lock (_lock)
        {
            if (!task.IsCompleted)
            {
                _running.Add(task);
            }
        }

        _ = task.ContinueWith(
            static (t, state) =>
            {
                var self = (InFlightWork)state!;
                lock (self._lock)
                {
                    self._running.Remove(t);
                }
            },
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Completes when every started handler has finished.</summary>
    public Task WhenIdleAsync()
    {
        lock (_lock)
        {
            return Task.WhenAll(_running.ToArray());
        }
    }

    public void Dispose() => _slots.Dispose();

    private async Task RunAsync(string name, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await work(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown ran out of time for this reply.
        }
        catch (Exception ex)
        {
            _logger.DispatchFailed(name, ex);
        }
        finally
        {
            _slots.Release();
        }
    }
}
