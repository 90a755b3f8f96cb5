using QaBot.Cli.Hosting;
using QaBot.Cli.Tests.TestSupport;

namespace QaBot.Cli.Tests.Hosting;

public sealed class IndexerProcessTests : IDisposable
{
    private readonly WorkFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData(true, "index")]
    [InlineData(true, "index", "--rebuild", "--json")]
    [InlineData(false, "index", "--help")]
    [InlineData(false, "index", "-h")]
    [InlineData(false, "ask", "index")]
    [InlineData(false, "console")]
    [InlineData(false)]
    public void Applies_OnlyToAnIndexRun(bool expected, params string[] args) =>
        Assert.Equal(expected, IndexerProcess.Applies(args, _ => null));

    [Fact]
    public void Applies_NotWhenTheDelayIsSetAlready() =>
        Assert.False(IndexerProcess.Applies(["index"], name => name == IndexerProcess.CallCountingDelay ? "100" : null));

    [Fact]
    public async Task Index_WithTheDelaySetAlready_RunsInThisProcessAlike()
    {
        var environment = new Dictionary<string, string> { [IndexerProcess.CallCountingDelay] = "100" };

        var result = await CliProcess.RunAsync(_work.Root, null, environment, "index");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("articles          5 (added 5, changed 0, removed 0, unchanged 0)", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stderr);
    }
}
