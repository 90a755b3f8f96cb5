using QaBot.Cli.Tests.TestSupport;

namespace QaBot.Cli.Tests;

public sealed class DiscordCommandTests : IDisposable
{
    private readonly WorkFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Discord_NoToken_StopsWithOneLineNamingTheVariable()
    {
        var result = await CliProcess.RunAsync(_work.Root, null, new Dictionary<string, string> { ["QABOT_Discord__Token"] = string.Empty }, "discord");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: Discord:Token is missing: set the environment variable QABOT_Discord__Token to the bot token.\n", result.Stderr);
    }

    [Fact]
    public async Task Discord_UnreachableApi_StopsWithOneLine()
    {
        var environment = new Dictionary<string, string>
        {
            ["QABOT_Discord__Token"] = "test-token",
            ["QABOT_Discord__ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
        };
        var result = await CliProcess.RunAsync(_work.Root, null, environment, "discord");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: cannot reach Discord at http://127.0.0.1:9/api/v10", result.Stderr.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("test-token", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }
}
