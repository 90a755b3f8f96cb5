namespace QaBot.Benchmarks.Harness;

/// <summary>A search engine under measurement: it indexes the passages, then answers queries with ranked passage ids.</summary>
internal interface IEngine : IDisposable
{
    /// <summary>Indexes the passages into <paramref name="folder"/>; returns the seconds the timed part took.</summary>
    double Index(BenchInput input, string folder);

    /// <summary>Opens what <see cref="Answer"/> needs (untimed).</summary>
    void Open(string folder);

    /// <summary>The whole answer path for one query: ranked passage ids with scores, and whether it abstained.</summary>
    (IReadOnlyList<(string Id, float Score)> Ranked, bool Abstained) Answer(string query, int k);
}
