using QaBot.Core.Indexing;

namespace QaBot.Cli.Commands;

/// <summary>Turns the errors a user can cause and fix into one line on stderr and exit code 1.</summary>
internal static class UserErrors
{
    public static async Task<int> Guard(Func<Task<int>> command)
    {
        try
        {
            return await command().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IndexUnavailableException or IndexingException or FormatException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return ExitCodes.UserError;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Cancelled; nothing was changed.").ConfigureAwait(false);
            return ExitCodes.UserError;
        }
    }
}
