using System.Text.Json;
using QaBot.Cli.Tests.TestSupport;

namespace QaBot.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private readonly WorkFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Eval_Json_PrintsTheMetricKeys()
    {
        var questions = Path.Combine(_work.Root, "q.jsonl");
        await File.WriteAllLinesAsync(questions,
        [
            """{"id":"a","question":"How many people used online education services?","answers":["342 million"],"sources":["001_af4238c5c047417c.txt"],"answerable":true}""",
            """{"id":"b","question":"What is the capital of Peru?","answers":[],"sources":[],"answerable":false}""",
        ]);

        var result = await CliProcess.RunAsync(_work.Root, null, "eval", "--json", questions);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(
            ["passage_hit@1", "passage_hit@3", "mrr@10", "sentence_hit@1", "false_abstention", "abstention", "questions"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, json.RootElement.GetProperty("questions").GetInt32());
        Assert.Equal(1.0, json.RootElement.GetProperty("passage_hit@1").GetDouble());
        Assert.Equal(1.0, json.RootElement.GetProperty("abstention").GetDouble());
    }

    [Fact]
    public async Task Eval_BadQuestionFile_NamesTheLine()
    {
        var questions = Path.Combine(_work.Root, "bad.jsonl");
        await File.WriteAllTextAsync(questions, "{\"id\":\"a\",\"question\":\"x\",\"answers\":[],\"sources\":[],\"answerable\":false}\nnot json\n");

        var result = await CliProcess.RunAsync(_work.Root, null, "eval", questions);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 2", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_FolderInsteadOfQuestionFile_NamesTheFilesItHolds()
    {
        var folder = Path.Combine(_work.Root, "eval");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "seed-questions.jsonl"), string.Empty);
        await File.WriteAllTextAsync(Path.Combine(folder, "README.md"), string.Empty);

        var result = await CliProcess.RunAsync(_work.Root, null, "eval", folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: '{folder}' is a folder, not a question file: give one of its question files (seed-questions.jsonl).", result.Stderr.Trim());
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task Eval_BeirGivenAFile_SaysItIsAFile()
    {
        await File.WriteAllTextAsync(Path.Combine(_work.Root, "corpus.jsonl"), string.Empty);

        var result = await CliProcess.RunAsync(_work.Root, null, "eval", "--beir", "corpus.jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: 'corpus.jsonl' is a file, not a BEIR folder: give the folder that holds corpus.jsonl, queries.jsonl and qrels/test.tsv.\n", result.Stderr);
    }

    [Fact]
    public async Task Eval_Beir_ScoresATinySetExactly()
    {
        var beir = Path.Combine(_work.Root, "beir");
        Directory.CreateDirectory(Path.Combine(beir, "qrels"));
        await File.WriteAllLinesAsync(Path.Combine(beir, "corpus.jsonl"),
        [
            """{"_id":"d1","title":"Volcano","text":"The volcano erupted and ash covered the town."}""",
            """{"_id":"d2","title":"Apples","text":"The apple harvest broke records in the valley."}""",
            """{"_id":"d3","title":"Trains","text":"A new railway line opened between two cities."}""",
        ]);
        await File.WriteAllLinesAsync(Path.Combine(beir, "queries.jsonl"),
        [
            """{"_id":"q1","text":"volcano ash"}""",
            """{"_id":"q2","text":"apple harvest"}""",
        ]);
        await File.WriteAllTextAsync(Path.Combine(beir, "qrels", "test.tsv"), "query-id\tcorpus-id\tscore\r\nq1\td1\t1\r\nq2\td2\t1\r\n");

        var result = await CliProcess.RunAsync(_work.Root, null, "eval", "--json", "--beir", beir);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1.0, json.RootElement.GetProperty("ndcg@10").GetDouble());
        Assert.Equal(1.0, json.RootElement.GetProperty("recall@100").GetDouble());
        Assert.Equal(2, json.RootElement.GetProperty("queries").GetInt32());
    }
}
