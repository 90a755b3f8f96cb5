namespace QaBot.Cli.Tests.TestSupport;

/// <summary>What a finished <c>qabot</c> process left behind.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);
