using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace QaBot.Core.Search;

/// <summary>
/// Term dictionary lookups against one searcher: where each (field, term) lies in every segment, sought
/// once and shared by the spell check, retrieval and re-ranking of a question, and kept for later
/// questions while the reader lives (a bounded cache: questions share most of their words). Collection
/// statistics are kept per reader too, as they change only with a new commit.
/// </summary>
internal sealed class TermLookup
{
    /// <summary>Terms kept per reader; past this the cache starts afresh (a few MB at most).</summary>
    private const int MaxCachedTerms = 8192;

    private static readonly ConditionalWeakTable<IndexReader, ReaderCache> Caches = [];

    private readonly ReaderCache _cache;

    public TermLookup(IndexSearcher searcher)
    {
        Searcher = searcher ?? throw new ArgumentNullException(nameof(searcher));
        _cache = Caches.GetValue(searcher.IndexReader, _ => new ReaderCache());
    }

    public IndexSearcher Searcher { get; }

    /// <summary>Where the term is in each segment, and its document frequency.</summary>
    public TermContext Get(string field, string term)
    {
        var contexts = _cache.Contexts;
        if (contexts.TryGetValue((field, term), out var context))
        {
            return context;
        }

        context = TermContext.Build(Searcher.TopReaderContext, new Term(field, term));
        if (contexts.Count >= MaxCachedTerms)
        {
            contexts.Clear();
        }

        contexts[(field, term)] = context;
        return context;
    }

    public int DocFreq(string field, string term) => Get(field, term).DocFreq;

    /// <summary>The field's collection statistics, summed over segments once per reader.</summary>
    public CollectionStatistics Collection(string field) =>
        _cache.Statistics.GetOrAdd(field, Searcher.CollectionStatistics);

    private sealed class ReaderCache
    {
        public ConcurrentDictionary<(string Field, string Term), TermContext> Contexts { get; } = new();

        public ConcurrentDictionary<string, CollectionStatistics> Statistics { get; } = new(StringComparer.Ordinal);
    }
}
