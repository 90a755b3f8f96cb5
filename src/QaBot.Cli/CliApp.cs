using System.CommandLine;
using QaBot.Cli.Commands;

namespace QaBot.Cli;

/// <summary>The <c>qabot</c> command line: its commands, usage errors and exit codes.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("QaBot answers questions about a collection of news articles and shows where each answer came from.")
        {
            IndexCommand.Create(),
            AskCommand.Create(),
            ConsoleCommand.Create(),
            EvalCommand.Create(),
            DiscordCommand.Create(),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync("error: " + error.Message).ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Run 'qabot --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        return await parse.InvokeAsync().ConfigureAwait(false);
    }
}
