using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QaBot.Core.Answers;

namespace QaBot.Bot.Tests.Support;

/// <summary>Runs the real bot (AddQaBotDiscord under the Generic Host) against a test Discord.</summary>
public static class BotHost
{
    public static async Task<HostLease> StartAsync(
        Uri apiBaseUrl,
        string token,
        IAnswerService answers,
        IReindexer reindexer,
        IDictionary<string, string?>? settings = null,
        TimeProvider? time = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var values = new Dictionary<string, string?>
        {
            ["Discord:Token"] = token,
            ["Discord:ApiBaseUrl"] = apiBaseUrl.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddLogging();
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddSingleton(answers);
        builder.Services.AddSingleton(reindexer);
        builder.Services.AddQaBotDiscord(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new HostLease(host);
    }
}
