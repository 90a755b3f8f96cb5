namespace QaBot.Cli.Commands;

/// <summary>Process exit codes: 0 success, 1 a user error (one line on stderr), 2 a usage error.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int UserError = 1;
    public const int UsageError = 2;
}
