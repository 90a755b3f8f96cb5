using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Running;
using QaBot.Benchmarks.Engines;
using QaBot.Benchmarks.Harness;

// dotnet run -c Release --project tests/QaBot.Benchmarks -- PASSAGES.tsv QUERIES.tsv OUTDIR [--k 10] [--runs 1]
// dotnet run -c Release --project tests/QaBot.Benchmarks -- micro [BenchmarkDotNet arguments]
if (args.Length > 0 && args[0] == "micro")
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
    return 0;
}

if (args.Length > 0 && args[0] == "--engine")
{
    // Child mode: one engine per process, so each one's peak memory is its own.
    var (name, passages, queries, outDir, k) = (args[1], args[2], args[3], args[4], int.Parse(args[5], CultureInfo.InvariantCulture));
    var input = BenchInput.Read(passages, queries);
    using IEngine engine = name == "qabot" ? new QaBotEngine() : new BareLuceneEngine();
    var metrics = EngineRun.Measure(engine, input, Path.Combine(outDir, name), k);
    File.WriteAllText(Path.Combine(outDir, name, "metrics.json"), JsonSerializer.Serialize(metrics));
    return 0;
}

if (args.Length < 3 || args.Length % 2 == 0)
{
    Console.Error.WriteLine("usage: QaBot.Benchmarks PASSAGES.tsv QUERIES.tsv OUTDIR [--k 10] [--runs 1] | micro [BenchmarkDotNet arguments]");
    return 2;
}

var options = new Dictionary<string, int> { ["--k"] = 10, ["--runs"] = 1 };
for (var i = 3; i < args.Length; i += 2)
{
    if (!options.ContainsKey(args[i]) || !int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) || value < 1)
    {
        Console.Error.WriteLine($"unknown option or bad value: {args[i]} {args[i + 1]}");
        return 2;
    }

    options[args[i]] = value;
}

return await Orchestrator.RunAsync(args[0], args[1], args[2], options["--k"], options["--runs"]).ConfigureAwait(false);
