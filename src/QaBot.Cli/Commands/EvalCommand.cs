using System.CommandLine;
using System.Globalization;
using System.Text;
using QaBot.Cli.Configuration;
using QaBot.Cli.Rendering;
using QaBot.Core.Answers;
using QaBot.Core.Evaluation;

namespace QaBot.Cli.Commands;

/// <summary><c>qabot eval</c>: answer quality on a question file, or retrieval quality on a BEIR folder.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file")
        {
            Description = "A JSON Lines question file (id, question, answers, sources, answerable).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var beir = new Option<string?>("--beir") { Description = "Score a BEIR folder (corpus.jsonl, queries.jsonl, qrels/test.tsv) instead.", HelpName = "DIR" };
        var index = CommonOptions.Index();
        var corpus = CommonOptions.Corpus();
        var json = CommonOptions.Json();
        var verbose = new Option<bool>("--verbose") { Description = "List each question's outcome." };
        var command = new Command("eval", "Measure answer quality on a question file, or retrieval quality on a BEIR set.")
        {
            file, beir, index, corpus, json, verbose,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(file) is null) == (result.GetValue(beir) is null))
            {
                result.AddError("Give either a question FILE or --beir DIR.");
            }
        });
        command.SetAction((parse, cancellationToken) => UserErrors.Guard(() =>
        {
            var settings = CliSettings.Load();
            var options = CliSettings.SearchOptions(settings);
            var asJson = parse.GetValue(json);
            if (parse.GetValue(beir) is { } beirPath)
            {
                Console.Out.Write(RunBeir(beirPath, parse.GetValue(index), options, asJson));
                return Task.FromResult(ExitCodes.Success);
            }

            var questions = AnswerEvaluator.ReadQuestions(parse.GetValue(file)!);
            var indexPath = CliSettings.IndexPath(settings, parse.GetValue(index));
            IndexBootstrap.EnsureIndex(indexPath, CliSettings.CorpusPath(settings, parse.GetValue(corpus)), cancellationToken);
            using var service = new AnswerService(indexPath, options);
            var report = AnswerEvaluator.Evaluate(service, questions);
            Console.Out.Write(asJson
                ? CliJson.Metrics(report.Metrics) + "\n"
                : Describe(report, parse.GetValue(verbose)));
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static string RunBeir(string beirPath, string? indexOption, Core.Search.SearchOptions options, bool asJson)
    {
        if (!Directory.Exists(beirPath))
        {
            throw new DirectoryNotFoundException(File.Exists(beirPath)
                ? $"'{beirPath}' is a file, not a BEIR folder: give the folder that holds corpus.jsonl, queries.jsonl and qrels/test.tsv."
                : $"The BEIR folder '{beirPath}' does not exist.");
        }

        var temporary = indexOption is null ? Directory.CreateTempSubdirectory("qabot-beir-") : null;
        try
        {
            var metrics = BeirBenchmark.Run(beirPath, indexOption ?? temporary!.FullName, options);
            if (asJson)
            {
                return CliJson.Metrics(metrics) + "\n";
            }

            var c = CultureInfo.InvariantCulture;
            return string.Create(c, $"""
                BEIR {Path.GetFileName(Path.GetFullPath(beirPath).TrimEnd('/'))}: {metrics.Documents} documents, {metrics.Queries} test queries
                  nDCG@10     {metrics.NdcgAt10:0.0000}
                  Recall@100  {metrics.RecallAt100:0.0000}
                  MRR@10      {metrics.MrrAt10:0.0000}
                  indexing {metrics.IndexSeconds:0.0} s, searching {metrics.SearchSeconds:0.0} s

                """);
        }
        finally
        {
            temporary?.Delete(recursive: true);
        }
    }

    private static string Describe(EvalReport report, bool verbose)
    {
        var m = report.Metrics;
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"{m.Questions} questions\n");
        text.Append(c, $"  passage hit@1     {m.PassageHitAt1:0.000}\n");
        text.Append(c, $"  passage hit@3     {m.PassageHitAt3:0.000}\n");
        text.Append(c, $"  MRR@10            {m.MrrAt10:0.000}\n");
        text.Append(c, $"  sentence hit@1    {m.SentenceHitAt1:0.000}\n");
        text.Append(c, $"  false abstention  {m.FalseAbstention:0.000}\n");
        text.Append(c, $"  abstention        {m.Abstention:0.000}\n");
        foreach (var outcome in report.Outcomes.Where(o => verbose || !Passed(o)))
        {
            var verdict = Passed(outcome) ? "ok  " : "MISS";
            var detail = outcome.Abstained ? "abstained" : $"first hit at {outcome.FirstHitRank}, sentence {(outcome.SentenceHit ? "right" : "wrong")}: {outcome.FirstSentence}";
            text.Append(c, $"  {verdict} {outcome.Question.Id} {outcome.Question.Question} -> {detail}\n");
        }

        return text.ToString();
    }

    private static bool Passed(QuestionOutcome outcome) => outcome.Question.Answerable
        ? outcome.FirstHitRank == 1 && outcome.SentenceHit
        : outcome.Abstained;
}
