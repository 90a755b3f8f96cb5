namespace QaBot.Benchmarks.Harness;

/// <summary>The shared peer-benchmark format: passages <c>id\ttitle\ttext</c> and queries <c>qid\tquery</c>, each with a header line.</summary>
internal sealed record BenchInput(IReadOnlyList<(string Id, string Title, string Text)> Passages, IReadOnlyList<(string Id, string Query)> Queries)
{
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

    public double PassagesMegabytes => Passages.Sum(p => (long)p.Title.Length + p.Text.Length) / 1_000_000.0;
}
