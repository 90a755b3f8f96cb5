using QaBot.Cli.Tests.TestSupport;

namespace QaBot.Cli.Tests;

public sealed class ConsoleCommandTests : IDisposable
{
    private readonly WorkFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Console_PipedQuestions_AnswersEachLineWithoutPromptsOrColours()
    {
        var input = "How many people used online education services?\n\nWho heads the Chinese Academy of Cyberspace Studies?\n";
        var result = await CliProcess.RunAsync(_work.Root, input, "console");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\u001b", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("? ", result.Stdout.Split('\n').Select(l => l.Length >= 2 ? l[..2] : l), StringComparer.Ordinal);
        var online = result.Stdout.IndexOf("342 million", StringComparison.Ordinal);
        var xia = result.Stdout.IndexOf("Xia Xueping", StringComparison.Ordinal);
        Assert.True(online >= 0 && xia > online, result.Stdout);
    }

    [Fact]
    public async Task Console_MoreSourceHelpQuit_Work()
    {
        var input = "How many users did WeChat Work have by December?\n:more\n:source 1\n:source 99\n:help\n:nonsense\n:quit\nthis line is never read\n";
        var result = await CliProcess.RunAsync(_work.Root, input, "console");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  4. ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Internet coverage has been extended to 99.7 percent of primary and secondary schools", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("There is no answer 99", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(":source N", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Unknown command ':nonsense'", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("never read", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_EndOfInput_ExitsCleanly()
    {
        var result = await CliProcess.RunAsync(_work.Root, string.Empty, "console");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
    }
}
