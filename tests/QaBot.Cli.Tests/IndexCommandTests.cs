using System.Diagnostics;
using System.Text.Json;
using QaBot.Cli.Tests.TestSupport;

namespace QaBot.Cli.Tests;

public sealed class IndexCommandTests : IDisposable
{
    /// <summary>
    /// Enough articles that an indexer is still at work a moment after it takes the write lock: the native
    /// program indexed 4,000 of them in under a third of a second on a fast hour.
    /// </summary>
    private const int ManyArticles = 30_000;

    private readonly WorkFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Index_SeedCorpus_PrintsFiveArticlesAndOneDuplicateGroup_ThenAllUnchanged()
    {
        var first = await CliProcess.RunAsync(_work.Root, null, "index");
        var second = await CliProcess.RunAsync(_work.Root, null, "index", "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("articles          5 (added 5, changed 0, removed 0, unchanged 0)", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("duplicate groups  1", first.Stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(second.Stdout);
        Assert.Equal(5, json.RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("duplicateGroups").GetInt32());
    }

    [Fact]
    public async Task Index_MissingCorpus_IsOneLineUserError()
    {
        var result = await CliProcess.RunAsync(_work.Root, null, "index", "--corpus", "nowhere");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: The corpus folder 'nowhere' does not exist: create it and add articles (.txt, .md, .html), or pass --corpus DIR.\n", result.Stderr);
    }

    [Fact]
    public async Task Index_IndexPathIsAFile_IsOneLineUserError()
    {
        await File.WriteAllTextAsync(Path.Combine(_work.Root, "taken"), "a file");

        var result = await CliProcess.RunAsync(_work.Root, null, "index", "--index", "taken");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: The index 'taken' is a file, not a folder: pass --index DIR, a folder for the index.\n", result.Stderr);
        Assert.Equal("a file", await File.ReadAllTextAsync(Path.Combine(_work.Root, "taken")));
    }

    [Fact]
    public async Task Index_UnknownOption_IsAUsageError()
    {
        var result = await CliProcess.RunAsync(_work.Root, null, "index", "--frobnicate");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Index_KilledMidRun_LeavesTheLastIndexUsable_AndTheNextRunRepairsIt()
    {
        Assert.Equal(0, (await CliProcess.RunAsync(_work.Root, null, "index")).ExitCode);
        WriteManyArticles(ManyArticles);

        using (var process = Process.Start(CliProcess.StartInfo(_work.Root, "index"))!)
        {
            await WaitForWorkAsync();
            Assert.False(process.HasExited, "the indexer finished before it could be killed; give it more articles");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var ask = await CliProcess.RunAsync(_work.Root, null, "ask", "--json", "How many people used online education services?");
        Assert.Equal(0, ask.ExitCode);
        Assert.Contains("342 million", ask.Stdout, StringComparison.Ordinal);

        var repair = await CliProcess.RunAsync(_work.Root, null, "index", "--json");
        Assert.Equal(0, repair.ExitCode);
        using var json = JsonDocument.Parse(repair.Stdout);
        Assert.Equal(ManyArticles, json.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(ManyArticles + 5, json.RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Index_SecondIndexerAtOnce_FailsClearlyWhileTheFirstFinishes()
    {
        WriteManyArticles(ManyArticles);
        using var first = Process.Start(CliProcess.StartInfo(_work.Root, "index"))!;
        var firstOutput = first.StandardOutput.ReadToEndAsync();
        await WaitForWorkAsync();

        var second = await CliProcess.RunAsync(_work.Root, null, new Dictionary<string, string> { ["QABOT_Index__LockTimeout"] = "00:00:00.2" }, "index");
        Assert.False(first.HasExited, "the first indexer finished before the second started; give it more articles");
        await first.WaitForExitAsync();

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("Another indexer is writing to 'index'", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"articles          {ManyArticles + 5}", await firstOutput, StringComparison.Ordinal);
        Assert.Equal(0, (await CliProcess.RunAsync(_work.Root, null, "index")).ExitCode);
    }

    private void WriteManyArticles(int count)
    {
        var random = new Random(11);
        var words = "market city river growth report council school energy farm train price water road health data".Split(' ');
        for (var i = 0; i < count; i++)
        {
            var sentences = Enumerable.Range(0, 12).Select(_ =>
                string.Join(' ', Enumerable.Range(0, 14).Select(_ => words[random.Next(words.Length)])) + $" {random.Next(100000)}.");
            File.WriteAllText(Path.Combine(_work.Corpus, $"bulk-{i:00000}.txt"), $"Bulk story {i}\n\n" + string.Join(' ', sentences));
        }
    }

    // The indexer holds the write lock while it works: wait until it does.
    private async Task WaitForWorkAsync()
    {
        var lockFile = Path.Combine(_work.Index, "write.lock");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !IsLocked(lockFile))
        {
            await Task.Delay(20);
        }

        await Task.Delay(50);
    }

    private static bool IsLocked(string lockFile)
    {
        if (!File.Exists(lockFile))
        {
            return false;
        }

        try
        {
            using var stream = new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
