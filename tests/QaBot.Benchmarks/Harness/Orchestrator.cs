using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QaBot.Benchmarks.Harness;

/// <summary>
/// Runs the engines one after another, each in a process of its own (so each one's peak memory is its
/// own), <c>runs</c> times alternating, and reports each figure's median over the runs with the
/// QaBot-to-bare ratio of every run: the machine's speed drifts by a fifth within minutes, which a ratio
/// of two neighbouring runs mostly cancels and a single run does not.
/// </summary>
internal static class Orchestrator
{
    public static readonly string[] Engines = ["bare", "qabot"];

    private static readonly string[] Keys = ["docs", "index_seconds", "passages_per_s", "index_MB_on_disk", "p50_us", "p95_us", "p99_us", "qps_1", "qps_all", "peak_MB", "index_disk_read_MB"];

    // Figures whose ratio of each run is printed beside the median.
    private static readonly string[] PerRunKeys = ["index_seconds", "passages_per_s", "p50_us", "p95_us"];

    public static async Task<int> RunAsync(string passages, string queries, string outDir, int k, int runs)
    {
        Directory.CreateDirectory(outDir);
        var measured = new List<JsonObject>();
        for (var run = 1; run <= runs; run++)
        {
            var runDir = runs == 1 ? outDir : Path.Combine(outDir, $"run-{run}");
            var result = new JsonObject();
            foreach (var engine in Engines)
            {
                var exitCode = await RunEngineAsync(engine, passages, queries, runDir, k).ConfigureAwait(false);
                if (exitCode != 0)
                {
                    Console.Error.WriteLine($"{engine} failed with exit code {exitCode}");
                    return 1;
                }

                result[engine] = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(runDir, engine, "metrics.json")).ConfigureAwait(false));

                // QaBot's engine wrote the passages as article files to index them: about 4 GB at a million,
                // in a thousand folders, deleted on both cores (one after another took minutes).
                var corpus = Path.Combine(runDir, engine, "corpus");
                if (Directory.Exists(corpus))
                {
                    Parallel.ForEach(Directory.GetDirectories(corpus), folder => Directory.Delete(folder, recursive: true));
                    Directory.Delete(corpus, recursive: true);
                }
            }

            measured.Add(result);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run} of {runs}: passages/s ratio {Ratio(result, "passages_per_s"):0.00}, p95 ratio {Ratio(result, "p95_us"):0.00}, QaBot's indexer read {result["qabot"]!["index_disk_read_MB"]} MB from the disk"));
        }

        var summary = new JsonObject();
        foreach (var engine in Engines)
        {
            var medians = new JsonObject();
            foreach (var (key, _) in measured[0][engine]!.AsObject())
            {
                medians[key] = Median(measured.Select(r => r[engine]![key]!.GetValue<double>()));
            }

            summary[engine] = medians;
        }

        summary["runs"] = new JsonArray([.. measured.Select(r => (JsonNode)r.DeepClone())]);
        await File.WriteAllTextAsync(Path.Combine(outDir, "metrics.json"), summary.ToJsonString(new JsonSerializerOptions { WriteIndented = true })).ConfigureAwait(false);
        Print(summary, measured);
        return 0;
    }

    private static async Task<int> RunEngineAsync(string engine, string passages, string queries, string runDir, int k)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            info.ArgumentList.Add(typeof(Orchestrator).Assembly.Location);
        }

        foreach (var arg in new[] { "--engine", engine, passages, queries, runDir, k.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(arg);
        }

        // Both engines count calls towards optimised code from the start, as `qabot index` does (see the CLI's
        // IndexerProcess); the runtime reads this only from the environment.
        info.Environment["DOTNET_TC_CallCountingDelayMs"] = "0";
        using var child = Process.Start(info)!;
        await child.WaitForExitAsync().ConfigureAwait(false);
        return child.ExitCode;
    }

    private static void Print(JsonObject summary, List<JsonObject> measured)
    {
        var runs = measured.Count;
        Console.WriteLine(runs == 1 ? $"{"",-18}{"bare",12}{"qabot",12}{"ratio",8}" : $"{"median of " + runs,-18}{"bare",12}{"qabot",12}{"ratio",8}  ratio per run");
        foreach (var key in Keys)
        {
            var bare = summary["bare"]![key]!.GetValue<double>();
            var qabot = summary["qabot"]![key]!.GetValue<double>();
            var line = string.Create(CultureInfo.InvariantCulture, $"{key,-18}{bare,12:0.##}{qabot,12:0.##}{(bare == 0 ? 0 : qabot / bare),8:0.00}");
            if (runs > 1 && PerRunKeys.Contains(key))
            {
                line += "  " + string.Join(' ', measured.Select(r => Ratio(r, key).ToString("0.00", CultureInfo.InvariantCulture)));
            }

            Console.WriteLine(line);
        }
    }

    private static double Ratio(JsonObject run, string key)
    {
        var bare = run["bare"]![key]!.GetValue<double>();
        return bare == 0 ? 0 : run["qabot"]![key]!.GetValue<double>() / bare;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
