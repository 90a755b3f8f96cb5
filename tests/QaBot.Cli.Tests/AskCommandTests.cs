using System.Text.Json;
using QaBot.Cli.Tests.TestSupport;

namespace QaBot.Cli.Tests;

public sealed class AskCommandTests : IDisposable
{
    private readonly WorkFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Ask_NoIndexYet_BuildsItWithANoticeThenAnswers()
    {
        var result = await CliProcess.RunAsync(_work.Root, null, "ask", "How many people used online education services?");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No index at 'index' yet: building it from 'corpus'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("342 million", result.Stdout.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("**", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Json_PrintsOneObjectWithTheDocumentedShape()
    {
        var result = await CliProcess.RunAsync(_work.Root, null, "ask", "--json", "--top", "2", "Who", "heads", "the", "Chinese", "Academy", "of", "Cyberspace", "Studies?");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("Who heads the Chinese Academy of Cyberspace Studies?", root.GetProperty("question").GetString());
        Assert.False(root.GetProperty("abstained").GetBoolean());
        var answers = root.GetProperty("answers");
        Assert.Equal(2, answers.GetArrayLength());
        var first = answers[0];
        Assert.Equal(
            ["rank", "score", "sentence", "passage", "source", "alsoReportedBy"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["file", "title", "publisher", "published", "url"], first.GetProperty("source").EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
        Assert.Contains("Xia Xueping", first.GetProperty("sentence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_Unanswerable_SaysSoPlainly()
    {
        var result = await CliProcess.RunAsync(_work.Root, null, "ask", "--json", "Who won the 2018 FIFA World Cup?");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.True(json.RootElement.GetProperty("abstained").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("answers").GetArrayLength());
    }

    [Fact]
    public async Task Ask_NoQuestion_IsAUsageError()
    {
        var result = await CliProcess.RunAsync(_work.Root, null, "ask");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("qabot --help", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_CorruptIndex_IsOneLineErrorNamingTheRebuild()
    {
        Assert.Equal(0, (await CliProcess.RunAsync(_work.Root, null, "index")).ExitCode);
        foreach (var file in Directory.GetFiles(_work.Index, "segments_*"))
        {
            await File.WriteAllBytesAsync(file, [1, 2, 3]);
        }

        var result = await CliProcess.RunAsync(_work.Root, null, "ask", "internet users");

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("qabot index --rebuild", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_EveryCommand_ExitsZero()
    {
        foreach (var command in new[] { "index", "ask", "console", "eval" })
        {
            var result = await CliProcess.RunAsync(_work.Root, null, command, "--help");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("Usage:", result.Stdout, StringComparison.Ordinal);
        }
    }
}
