using QaBot.Cli;

return await CliApp.RunAsync(args).ConfigureAwait(false);
