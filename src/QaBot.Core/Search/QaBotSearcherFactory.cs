using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace QaBot.Core.Search;

/// <summary>
/// Creates searchers that rank with BM25 under the configured parameters. A large index with several
/// segments is searched one task per segment, so all cores work on one question.
/// </summary>
internal sealed class QaBotSearcherFactory(SearchOptions options) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        var parallel = options.ParallelSearchMinDocs > 0 && reader.MaxDoc >= options.ParallelSearchMinDocs && reader.Leaves.Count > 1;
        var searcher = parallel ? new IndexSearcher(reader, TaskScheduler.Default) : new IndexSearcher(reader);
        searcher.Similarity = new BM25Similarity(options.K1, options.B);
        return searcher;
    }
}
