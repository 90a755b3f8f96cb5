using Lucene.Net.Index;
using Lucene.Net.Search;

namespace QaBot.Core.Indexing;

/// <summary>Collects the global ids of every matching document, unscored.</summary>
internal sealed class DocIdCollector : ICollector
{
    private int _docBase;

    public List<int> DocIds { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => DocIds.Add(_docBase + doc);
}
