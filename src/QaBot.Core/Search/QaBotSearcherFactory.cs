using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace QaBot.Core.Search;

/// <summary>Creates searchers that rank with BM25 under the configured parameters.</summary>
internal sealed class QaBotSearcherFactory(SearchOptions options) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) =>
        new(reader) { Similarity = new BM25Similarity(options.K1, options.B) };
}
