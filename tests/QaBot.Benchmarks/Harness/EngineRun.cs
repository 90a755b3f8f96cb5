using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace QaBot.Benchmarks.Harness;

/// <summary>Measures one engine in this process: index, warm up, time every query on one thread, then on all cores.</summary>
internal static class EngineRun
{
    private const int WarmUpQueries = 300;

    public static EngineMetrics Measure(IEngine engine, BenchInput input, string folder, int k)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var readBefore = DiskReads.Bytes();
        var indexSeconds = engine.Index(input, folder);
        var indexDiskReads = DiskReads.Bytes() - readBefore;
        engine.Open(folder);

        foreach (var (_, query) in input.Queries.Take(WarmUpQueries))
        {
            engine.Answer(query, k);
        }

        var latencies = new double[input.Queries.Count];
        var run = new StringBuilder();
        var abstained = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < input.Queries.Count; i++)
        {
            var (qid, query) = input.Queries[i];
            var start = Stopwatch.GetTimestamp();
            var (ranked, didAbstain) = engine.Answer(query, k);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            abstained += didAbstain ? 1 : 0;
            for (var r = 0; r < ranked.Count; r++)
            {
                run.Append(CultureInfo.InvariantCulture, $"{qid} Q0 {ranked[r].Id} {r + 1} {ranked[r].Score:0.######} qabot-bench\n");
            }
        }

        var singleSeconds = total.Elapsed.TotalSeconds;
        File.WriteAllText(Path.Combine(folder, "run.trec"), run.ToString());

        total.Restart();
        Parallel.ForEach(input.Queries, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, q => engine.Answer(q.Query, k));
        var allSeconds = total.Elapsed.TotalSeconds;

        Array.Sort(latencies);
        var n = Math.Max(1, input.Queries.Count);
        return new EngineMetrics(
            input.PassageCount,
            Math.Round(indexSeconds, 2),
            Math.Round(input.PassageCount / indexSeconds, 0),
            Math.Round(input.PassagesMegabytes / indexSeconds, 2),
            Math.Round(FolderMegabytes(Path.Combine(folder, "index")), 1),
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95),
            Percentile(latencies, 0.99),
            Math.Round(n / singleSeconds, 0),
            Math.Round(n / allSeconds, 0),
            Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576.0, 0),
            Math.Round(indexDiskReads / 1_048_576.0, 1),
            abstained);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))], 0);

    private static double FolderMegabytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1_048_576.0;
}
