using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using QaBot.Bot.Tests.Support;

namespace QaBot.Bot.Tests.Twin;

/// <summary>
/// Starts discord-digital-twin (tests/QaBot.Bot.Tests/twin/harness.mjs under Node) and the real bot
/// against it, once for the collection. Without Node or the npm install the tests fail and say so.
/// </summary>
public sealed class TwinFixture : IAsyncLifetime, IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private readonly System.Text.StringBuilder _stderr = new();
    private Process? _node;
    private HttpClient? _http;

    public TwinInfo Info { get; private set; } = null!;

    public TwinControl Control { get; private set; } = null!;

    public HostLease Bot { get; private set; } = null!;

    public ScriptedAnswerService Answers { get; } = new() { SlowDelay = TimeSpan.FromMilliseconds(1200) };

    public FakeReindexer Reindexer { get; } = new();

    private static async Task InstallTwinAsync(string twin)
    {
        var install = new ProcessStartInfo("npm", "ci --no-audit --no-fund")
        {
            WorkingDirectory = twin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process npm;
        try
        {
            npm = Process.Start(install) ?? throw new InvalidOperationException("npm did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"The Discord emulator is not installed and npm (Node.js v20 or later) was not found on PATH to install it: run `npm ci` in {twin}.", ex);
        }

        using (npm)
        {
            var output = npm.StandardOutput.ReadToEndAsync();
            var errors = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"`npm ci` in {twin} failed ({npm.ExitCode}): {await errors}{await output}");
            }
        }
    }

    public async Task InitializeAsync()
    {
        var twin = RepoPaths.Twin;
        if (!Directory.Exists(Path.Combine(twin, "node_modules", "discord-digital-twin")))
        {
            // A plain `dotnet test` on a fresh machine installs the emulator itself (.ci/run does it ahead).
            await InstallTwinAsync(twin);
        }

        var start = new ProcessStartInfo("node", "harness.mjs")
        {
            WorkingDirectory = twin,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            _node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("Node.js (v20 or later) is required for the Discord emulator tests and was not found on PATH.", ex);
        }

        // Drain stderr so the harness never blocks on a full pipe; it explains a failed start.
        _node.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _node.BeginErrorReadLine();
        var line = await _node.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (line is null)
        {
            await _node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
            lock (_stderr)
            {
                throw new InvalidOperationException("The twin harness exited before it started: " + _stderr);
            }
        }

        Info = JsonSerializer.Deserialize<TwinInfo>(line, Web)!;
        _http = new HttpClient { BaseAddress = new Uri(Info.ControlUrl) };
        Control = new TwinControl(_http);

        Bot = await BotHost.StartAsync(
            new Uri(Info.RestUrl),
            Info.BotToken,
            Answers,
            Reindexer,
            new Dictionary<string, string?>
            {
                ["Discord:AdminUserIds:0"] = Info.AdminId,
                ["Discord:UserCooldown"] = "00:00:00",
                ["Discord:DeferAfter"] = "00:00:00.400",
                ["Discord:PassagesPerPage"] = "2",
            });

        // READY has been handled once the commands are registered.
        await Control.WaitForRequestAsync(0, r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal), "the slash command registration after READY");
    }

    public async Task DisposeAsync()
    {
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        if (_node is not null)
        {
            _node.StandardInput.Close();
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _node.WaitForExitAsync(exit.Token);
            }
            catch (OperationCanceledException)
            {
                // The harness did not stop on its own; end it.
                _node.Kill(entireProcessTree: true);
            }

            _node.Dispose();
        }
    }

    public void Dispose() => _http?.Dispose();
}
