using System.Diagnostics;

namespace QaBot.Cli.Tests.TestSupport;

/// <summary>
/// Runs the real <c>qabot</c> program in a working folder, as a user would: the build beside the tests, or
/// the published program that <see cref="ProgramVariable"/> names (CI runs these tests on the native build too).
/// </summary>
public static class CliProcess
{
    /// <summary>The environment variable naming a published <c>qabot</c> to test instead of the build.</summary>
    public const string ProgramVariable = "QABOT_TEST_PROGRAM";

    private static readonly string QabotDll = Path.Combine(AppContext.BaseDirectory, "qabot.dll");

    private static readonly string? Published = Environment.GetEnvironmentVariable(ProgramVariable) is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(Published ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Published is null)
        {
            info.ArgumentList.Add(QabotDll);
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NO_COLOR"] = null;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return info;
    }

    public static Task<CliResult> RunAsync(string workingDirectory, string? stdin, params string[] args) =>
        RunAsync(workingDirectory, stdin, new Dictionary<string, string>(), args);

    public static async Task<CliResult> RunAsync(string workingDirectory, string? stdin, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = StartInfo(workingDirectory, args);
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
