namespace QaBot.Benchmarks.Harness;

/// <summary>The shared peer-benchmark format: passages <c>id\ttitle\ttext</c> and queries <c>qid\tquery</c>, each with a header line.</summary>
internal sealed class BenchInput
{
    private List<(string Id, string Title, string Text)> _passages;

    private BenchInput(List<(string Id, string Title, string Text)> passages, IReadOnlyList<(string Id, string Query)> queries)
    {
        _passages = passages;
        Queries = queries;
        PassageCount = passages.Count;
        PassagesMegabytes = passages.Sum(p => (long)p.Title.Length + p.Text.Length) / 1_000_000.0;
    }

    /// <summary>The passages, until <see cref="ReleasePassages"/>.</summary>
    public IReadOnlyList<(string Id, string Title, string Text)> Passages => _passages;

    public IReadOnlyList<(string Id, string Query)> Queries { get; }

    public int PassageCount { get; }

    public double PassagesMegabytes { get; }

    public static BenchInput Read(string passagesPath, string queriesPath)
    {
        var passages = File.ReadLines(passagesPath).Skip(1)
            .Select(line => line.Split('\t', 3))
            .Where(parts => parts.Length == 3)
            .Select(parts => (parts[0], parts[1], parts[2]))
            .ToList();
        var queries = File.ReadLines(queriesPath).Skip(1)
            .Select(line => line.Split('\t', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (parts[0], parts[1]))
            .ToList();
        return new BenchInput(passages, queries);
    }

    /// <summary>
    /// Lets the passages' text go, for an engine that has written it to files and indexes those: as
    /// `qabot index` does, without the benchmark's copy of the corpus (about a gigabyte at a million
    /// passages) live beside it for the collector to walk.
    /// </summary>
    public void ReleasePassages()
    {
        _passages = [];
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }
}
