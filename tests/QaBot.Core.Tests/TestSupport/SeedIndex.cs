using QaBot.Core.Indexing;

namespace QaBot.Core.Tests.TestSupport;

/// <summary>The seed corpus indexed once for the tests that only read it.</summary>
public sealed class SeedIndex : IDisposable
{
    private readonly TempFolder _folder = new();

    public SeedIndex()
    {
        _folder.CopySeedCorpus();
        Report = new CorpusIndexer(new IndexerOptions { CorpusPath = _folder.Corpus, IndexPath = _folder.Index }).Run(rebuild: false);
    }

    public string IndexPath => _folder.Index;

    public IndexReport Report { get; }

    public void Dispose() => _folder.Dispose();
}
