namespace QaBot.Bot.Hosting;

/// <summary>The one HttpClient of the Discord REST client, owned by the container so it is disposed with it.</summary>
internal sealed class DiscordHttp : IDisposable
{
    public HttpClient Client { get; } = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    public void Dispose() => Client.Dispose();
}
