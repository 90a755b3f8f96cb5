using System.CommandLine;
using System.Globalization;
using System.Text;
using QaBot.Cli.Configuration;
using QaBot.Cli.Rendering;
using QaBot.Core.Indexing;
using Spectre.Console;

namespace QaBot.Cli.Commands;

/// <summary><c>qabot index</c>: brings the index in line with the corpus folder.</summary>
internal static class IndexCommand
{
    /// <summary>The command's name, which <see cref="Hosting.IndexerProcess"/> looks for too.</summary>
    public const string Name = "index";

    public static Command Create()
    {
        var corpus = CommonOptions.Corpus();
        var index = CommonOptions.Index();
        var rebuild = new Option<bool>("--rebuild") { Description = "Index every article afresh instead of only the changed ones." };
        var json = CommonOptions.Json();
        var command = new Command(Name, "Build or update the passage index from the articles in the corpus folder.")
        {
            corpus, index, rebuild, json,
        };
        command.SetAction((parse, cancellationToken) => UserErrors.Guard(() =>
        {
            var settings = CliSettings.Load();
            var options = new IndexerOptions
            {
                CorpusPath = CliSettings.CorpusPath(settings, parse.GetValue(corpus)),
                IndexPath = CliSettings.IndexPath(settings, parse.GetValue(index)),
                LockTimeout = CliSettings.LockTimeout(settings),
            };
            var asJson = parse.GetValue(json);
            var report = Run(options, parse.GetValue(rebuild), showProgress: !asJson && !Console.IsOutputRedirected, cancellationToken);
            Console.Out.Write(asJson ? CliJson.IndexReport(report) + "\n" : Describe(report, options));
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    public static IndexReport Run(IndexerOptions options, bool rebuild, bool showProgress, CancellationToken cancellationToken)
    {
        var indexer = new CorpusIndexer(options);
        if (!showProgress)
        {
            return indexer.Run(rebuild, null, cancellationToken);
        }

        IndexReport? report = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Start(context =>
            {
                var task = context.AddTask("Indexing articles");
                var progress = new ProgressReporter(task);
                report = indexer.Run(rebuild, progress, cancellationToken);
                task.Value = task.MaxValue;
            });
        return report!;
    }

    public static string Describe(IndexReport report, IndexerOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"Indexed '{options.CorpusPath}' into '{options.IndexPath}' in {report.Seconds:0.00} s\n");
        text.Append(c, $"  articles          {report.Articles} (added {report.Added}, changed {report.Changed}, removed {report.Removed}, unchanged {report.Unchanged})\n");
        text.Append(c, $"  passages          {report.Passages}\n");
        text.Append(c, $"  duplicate groups  {report.DuplicateGroups}\n");
        text.Append(c, $"  skipped           {report.Skipped.Count}\n");
        foreach (var skipped in report.Skipped)
        {
            text.Append(c, $"    {skipped.File}: {skipped.Reason}\n");
        }

        return text.ToString();
    }

    private sealed class ProgressReporter(ProgressTask task) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
        }
    }
}
