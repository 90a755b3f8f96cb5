using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using QaBot.Cli.Commands;

namespace QaBot.Cli.Hosting;

/// <summary>
/// Runs <c>qabot index</c> in a second process that counts calls towards optimised code from its start.
/// The runtime waits until 100 ms pass without a newly compiled method before it counts any, and an
/// indexer keeps meeting new methods for its first second or so, running first-tier code on every core
/// meanwhile: without that wait a 100,000-article rebuild took about a tenth less time. The runtime reads
/// the setting only from the environment as it starts, hence the second process (about 70 ms more).
/// The native build has no compiler at run time, and runs the command itself.
/// </summary>
internal static class IndexerProcess
{
    /// <summary>The runtime's setting: milliseconds without new methods before calls are counted.</summary>
    public const string CallCountingDelay = "DOTNET_TC_CallCountingDelayMs";

    /// <summary>Whether to run <paramref name="args"/> in a second process: an index run not already in one.</summary>
    public static bool Applies(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        return !NativeBuild.IsRunning && args.Count > 0 && args[0] == IndexCommand.Name && !args.Contains("--help") && !args.Contains("-h")
            && environment(CallCountingDelay) is null;
    }

    /// <summary>
    /// Runs this program again with <paramref name="args"/> and the delay off, sharing this console, and
    /// returns its exit code; null when it cannot be started, so the caller runs the command itself.
    /// </summary>
    public static async Task<int?> TryRunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var program = Environment.ProcessPath;
        if (program is null)
        {
            return null;
        }

        var start = new ProcessStartInfo(program) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(program) == "dotnet")
        {
            // Started as `dotnet qabot.dll` (or `dotnet run`): the host needs the program's assembly.
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "qabot.dll"));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[CallCountingDelay] = "0";
        Process? child;
        try
        {
            child = Process.Start(start);
        }
        catch (Win32Exception)
        {
            return null;
        }

        if (child is null)
        {
            return null;
        }

        using (child)
        {
            // Ctrl+C reaches both processes: the child stops and this one waits for it and returns its exit
            // code (130). A termination request stops the child at once. Either way a run stopped part-way
            // leaves the last commit in place.
            Console.CancelKeyPress += (_, e) => e.Cancel = true;
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                KillQuietly(child);
            });
            await child.WaitForExitAsync().ConfigureAwait(false);
            return child.ExitCode;
        }
    }

    private static void KillQuietly(Process child)
    {
        try
        {
            child.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }
    }
}
