using Microsoft.Extensions.Hosting;

namespace QaBot.Bot.Tests.Support;

/// <summary>A started host that is stopped and disposed asynchronously (its singletons are IAsyncDisposable).</summary>
public sealed class HostLease(IHost host) : IAsyncDisposable
{
    public IHost Host { get; } = host;

    public Task StopAsync() => Host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Host.StopAsync(timeout.Token);
        await ((IAsyncDisposable)Host).DisposeAsync();
    }
}
