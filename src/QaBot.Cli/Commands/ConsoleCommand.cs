using System.CommandLine;
using QaBot.Cli.Configuration;
using QaBot.Cli.Rendering;
using QaBot.Cli.Repl;
using QaBot.Core.Answers;

namespace QaBot.Cli.Commands;

/// <summary><c>qabot console</c>: ask questions one after another.</summary>
internal static class ConsoleCommand
{
    public static Command Create()
    {
        var index = CommonOptions.Index();
        var corpus = CommonOptions.Corpus();
        var command = new Command("console", "Ask questions interactively (or one a line from a pipe).") { index, corpus };
        command.SetAction((parse, cancellationToken) => UserErrors.Guard(async () =>
        {
            var settings = CliSettings.Load();
            var indexPath = CliSettings.IndexPath(settings, parse.GetValue(index));
            IndexBootstrap.EnsureIndex(indexPath, CliSettings.CorpusPath(settings, parse.GetValue(corpus)), cancellationToken);
            using var service = new AnswerService(indexPath, CliSettings.SearchOptions(settings));
            var interactive = !Console.IsInputRedirected && !Console.IsOutputRedirected;
            var style = interactive ? TextStyle.ForConsole() : new TextStyle(Ansi: false);
            Console.CancelKeyPress += (_, e) =>
            {
                // Ctrl-C leaves like Ctrl-D: a clean exit, not a stack trace or a half-written line.
                e.Cancel = true;
                Console.Out.WriteLine();
                Environment.Exit(ExitCodes.Success);
            };
            var session = new ReplSession(service, Console.In, Console.Out, new ReplOptions(interactive, style));
            await session.RunAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }
}
