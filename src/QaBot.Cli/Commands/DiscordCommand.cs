using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Bot;
using QaBot.Bot.Configuration;
using QaBot.Cli.Configuration;
using QaBot.Cli.Hosting;
using QaBot.Core.Answers;
using QaBot.Core.Indexing;
using QaBot.Discord.Gateway;
using QaBot.Discord.Rest;

namespace QaBot.Cli.Commands;

/// <summary><c>qabot discord</c>: the Discord bot under the Generic Host, until Ctrl-C.</summary>
internal static class DiscordCommand
{
    public static Command Create()
    {
        var index = CommonOptions.Index();
        var corpus = CommonOptions.Corpus();
        var command = new Command("discord", "Run the Discord bot (token from the QABOT_Discord__Token environment variable).") { index, corpus };
        command.SetAction((parse, cancellationToken) => UserErrors.Guard(async () =>
        {
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory.GetCurrentDirectory() });
            builder.Configuration.AddConfiguration(CliSettings.Load());
            builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);

            // A failed start is reported below in one line; the host's own report is a stack trace.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
            builder.Services.AddLogging();

            var indexPath = CliSettings.IndexPath(builder.Configuration, parse.GetValue(index));
            var corpusPath = CliSettings.CorpusPath(builder.Configuration, parse.GetValue(corpus));
            var searchOptions = CliSettings.SearchOptions(builder.Configuration);
            builder.Services.AddSingleton<IAnswerService>(_ => new AnswerService(indexPath, searchOptions));
            builder.Services.AddSingleton<IReindexer>(new CorpusReindexer(new IndexerOptions
            {
                CorpusPath = corpusPath,
                IndexPath = indexPath,
                LockTimeout = CliSettings.LockTimeout(builder.Configuration),
            }));
            builder.Services.AddQaBotDiscord(builder.Configuration);

            using var host = builder.Build();
            try
            {
                // Settings first, so a missing token is the one thing said; then the index, then Discord.
                _ = host.Services.GetRequiredService<IOptions<DiscordBotOptions>>().Value;
                IndexBootstrap.EnsureIndex(indexPath, corpusPath, cancellationToken);
                await host.RunAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OptionsValidationException e)
            {
                await Console.Error.WriteLineAsync("error: " + string.Join(" ", e.Failures)).ConfigureAwait(false);
                return ExitCodes.UserError;
            }
            catch (HttpRequestException e)
            {
                await Console.Error.WriteLineAsync($"error: cannot reach Discord at {builder.Configuration["Discord:ApiBaseUrl"] ?? "https://discord.com/api/v10"}: {e.Message}").ConfigureAwait(false);
                return ExitCodes.UserError;
            }
            catch (Exception e) when (e is DiscordRestException or GatewayFatalException)
            {
                await Console.Error.WriteLineAsync("error: the Discord bot cannot start: " + e.Message).ConfigureAwait(false);
                return ExitCodes.UserError;
            }

            return Environment.ExitCode == 0 ? ExitCodes.Success : ExitCodes.UserError;
        }));
        return command;
    }
}
