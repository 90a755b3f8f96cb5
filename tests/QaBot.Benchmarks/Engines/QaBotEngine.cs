using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using QaBot.Benchmarks.Harness;
using QaBot.Core.Answers;
using QaBot.Core.Indexing;
using QaBot.Core.Search;

namespace QaBot.Benchmarks.Engines;

/// <summary>
/// QaBot's whole pipeline: passages written as article files and flushed to disk, the benchmark's copy of
/// them let go (untimed), then the real incremental indexer (cleaning, passage cutting, duplicate detection,
/// Lucene) timed; answers through the answer service, including the JSON an answer is printed as.
/// Abstention is off so every query yields a ranking.
/// </summary>
internal sealed class QaBotEngine : IEngine
{
    private readonly Dictionary<string, string> _idByFile = new(StringComparer.Ordinal);
    private AnswerService? _service;

    public double Index(BenchInput input, string folder)
    {
        var corpus = Path.Combine(folder, "corpus");
        for (var i = 0; i < input.Passages.Count; i++)
        {
            var (id, title, text) = input.Passages[i];
            var file = $"{i / 1000:00000}/{SafeName(id)}.txt";
            _idByFile[file] = id;
            var path = Path.Combine(corpus, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, title + "\n\n" + text + "\n");
        }

        // From here on the files are the corpus, as for `qabot index`; the system writes them out before the
        // indexer is timed (otherwise it does so meanwhile: about 400 MB at 100,000 files).
        input.ReleasePassages();
        WriteCachedFilesToDisk();

        var report = new CorpusIndexer(new IndexerOptions { CorpusPath = corpus, IndexPath = Path.Combine(folder, "index") }).Run(rebuild: true);
        Console.Error.WriteLine($"qabot: {report.Articles} articles, {report.Passages} passages, {report.DuplicateGroups} duplicate groups, {report.Skipped.Count} skipped");
        return report.Seconds;
    }

    public void Open(string folder)
    {
        if (_idByFile.Count == 0)
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(folder, "corpus"), "*.txt", SearchOption.AllDirectories))
            {
                var file = Path.GetRelativePath(Path.Combine(folder, "corpus"), path).Replace('\\', '/');
                _idByFile[file] = Path.GetFileNameWithoutExtension(path);
            }
        }

        _service = new AnswerService(Path.Combine(folder, "index"), new SearchOptions { MinCoverage = 0 });
    }

    public (IReadOnlyList<(string Id, float Score)> Ranked, bool Abstained) Answer(string query, int k)
    {
        var answer = _service!.Ask(query, k);
        _ = JsonSerializer.Serialize(answer);
        var ranked = answer.Answers.Select(a => (_idByFile.GetValueOrDefault(a.Source.File, a.Source.File), a.Score)).ToList();
        return (ranked, answer.Abstained);
    }

    public void Dispose() => _service?.Dispose();

    private static void WriteCachedFilesToDisk()
    {
        try
        {
            using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false });
            sync?.WaitForExit();
        }
        catch (Win32Exception e)
        {
            Console.Error.WriteLine($"qabot: could not run sync ({e.Message}); the indexing time includes writing the corpus out");
        }
    }

    private static string SafeName(string id) =>
        string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
