using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using QaBot.Benchmarks.Harness;
using QaBot.Core.Analysis;

namespace QaBot.Benchmarks.Engines;

/// <summary>
/// Bare Lucene.Net with the same analyzer: one field of title and text per passage, BM25, an OR of the
/// query's analyzed terms, top k, the id fetched. No cleaning, passages, duplicates or sentence choice.
/// </summary>
internal sealed class BareLuceneEngine : IEngine
{
    private static readonly HashSet<string> IdOnly = ["id"];
    private readonly QaBotAnalyzer _analyzer = new();
    private FSDirectory? _directory;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public double Index(BenchInput input, string folder)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        using var directory = FSDirectory.Open(Path.Combine(folder, "index"));
        var config = new IndexWriterConfig(QaBotAnalyzer.Version, _analyzer) { OpenMode = OpenMode.CREATE, Similarity = new BM25Similarity(), RAMBufferSizeMB = 128 };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var (id, title, text) in input.Passages)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", id, Field.Store.YES),
                    new TextField("body", title + "\n" + text, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    public void Open(string folder)
    {
        _directory = FSDirectory.Open(Path.Combine(folder, "index"));
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public (IReadOnlyList<(string Id, float Score)> Ranked, bool Abstained) Answer(string query, int k)
    {
        var boolean = new BooleanQuery();
        foreach (var term in TokenReader.Read(_analyzer, "body", query).Select(t => t.Term).Distinct(StringComparer.Ordinal))
        {
            boolean.Add(new TermQuery(new Term("body", term)), Occur.SHOULD);
        }

        var top = _searcher!.Search(boolean, k);
        var ranked = top.ScoreDocs
            .Select(d => (_reader!.Document(d.Doc, IdOnly).Get("id", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, d.Score))
            .ToList();
        return (ranked, false);
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory?.Dispose();
        _analyzer.Dispose();
    }
}
