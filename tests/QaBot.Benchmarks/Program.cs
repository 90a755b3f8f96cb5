using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Running;
using QaBot.Benchmarks.Engines;
using QaBot.Benchmarks.Harness;

// dotnet run -c Release --project tests/QaBot.Benchmarks -- PASSAGES.tsv QUERIES.tsv OUTDIR [--k 10]
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

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: QaBot.Benchmarks PASSAGES.tsv QUERIES.tsv OUTDIR [--k 10] | micro [BenchmarkDotNet arguments]");
    return 2;
}

var top = args.Length >= 5 && args[3] == "--k" ? args[4] : "10";
Directory.CreateDirectory(args[2]);
var result = new JsonObject();
foreach (var engineName in new[] { "bare", "qabot" })
{
    var info = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };

    // Both engines count calls towards optimised code from the start, as `qabot index` does (see the CLI's
    // IndexerProcess); the runtime reads this only from the environment.
    info.Environment["DOTNET_TC_CallCountingDelayMs"] = "0";
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
    {
        info.ArgumentList.Add(typeof(Program).Assembly.Location);
    }

    foreach (var arg in new[] { "--engine", engineName, args[0], args[1], args[2], top })
    {
        info.ArgumentList.Add(arg);
    }

    using var child = Process.Start(info)!;
    await child.WaitForExitAsync().ConfigureAwait(false);
    if (child.ExitCode != 0)
    {
        Console.Error.WriteLine($"{engineName} failed with exit code {child.ExitCode}");
        return 1;
    }

    result[engineName] = JsonNode.Parse(File.ReadAllText(Path.Combine(args[2], engineName, "metrics.json")));
}

File.WriteAllText(Path.Combine(args[2], "metrics.json"), result.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine($"{"",-18}{"bare",12}{"qabot",12}{"ratio",8}");
foreach (var key in new[] { "docs", "index_seconds", "passages_per_s", "index_MB_on_disk", "p50_us", "p95_us", "p99_us", "qps_1", "qps_all", "peak_MB" })
{
    var bare = result["bare"]![key]!.GetValue<double>();
    var qabot = result["qabot"]![key]!.GetValue<double>();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key,-18}{bare,12:0.##}{qabot,12:0.##}{(bare == 0 ? 0 : qabot / bare),8:0.00}"));
}

return 0;
