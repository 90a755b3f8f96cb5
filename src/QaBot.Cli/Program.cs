using QaBot.Cli;
using QaBot.Cli.Hosting;

if (IndexerProcess.Applies(args, Environment.GetEnvironmentVariable)
    && await IndexerProcess.TryRunAsync(args).ConfigureAwait(false) is { } exitCode)
{
    return exitCode;
}

return await CliApp.RunAsync(args).ConfigureAwait(false);
