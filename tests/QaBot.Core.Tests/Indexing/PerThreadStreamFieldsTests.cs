using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using QaBot.Core.Analysis;
using QaBot.Core.Indexing;

namespace QaBot.Core.Tests.Indexing;

/// <summary>
/// <see cref="ReplayedField"/> and <see cref="KeywordField"/> share one token stream per thread. Each field
/// must still index its own tokens, however many such fields a document has and however the documents
/// are built before they are added.
/// </summary>
public sealed class PerThreadStreamFieldsTests
{
    private static readonly FieldType Searched = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };

    [Fact]
    public void AddDocuments_BuiltTogetherBeforeIndexing_EachFieldIndexesItsOwnTerms()
    {
        using var analyzer = new QaBotAnalyzer();
        using var directory = new RAMDirectory();
        var texts = new[] { "Volcano erupts near the coastal town", "Railway opens between two cities", "Apple harvest breaks records" };

        // All documents and fields exist before Lucene reads any of them, as with a list of documents.
        var documents = texts.Select((text, i) => new Document
        {
            new KeywordField("file", $"article-{i}.md", Field.Store.YES),
            new ReplayedField("text", TokenReader.ReadForIndex(analyzer, "text", text), Searched),
            new ReplayedField("title", TokenReader.ReadForIndex(analyzer, "title", $"Report {i}"), Searched),
            new KeywordField("years", $"20{20 + i}", Field.Store.NO),
            new KeywordField("years", $"19{90 + i}", Field.Store.NO),
        }).ToList();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(QaBotAnalyzer.Version, analyzer)))
        {
            writer.AddDocuments(documents);
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        int[] Hits(string field, string term) =>
            [.. searcher.Search(new TermQuery(new Term(field, term)), 10).ScoreDocs.Select(d => d.Doc).Order()];

        Assert.Equal([0], Hits("text", "volcano"));
        Assert.Equal([1], Hits("text", "railwai"));
        Assert.Equal([2], Hits("text", "harvest"));
        Assert.Empty(Hits("title", "volcano"));
        Assert.Equal([0, 1, 2], Hits("title", "report"));
        Assert.Equal([1], Hits("file", "article-1.md"));
        Assert.Equal([2], Hits("years", "2022"));
        Assert.Equal([2], Hits("years", "1992"));
        Assert.Equal("article-2.md", reader.Document(2).Get("file", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void KeywordField_IsOneUntokenizedTermWithoutNorms()
    {
        using var analyzer = new QaBotAnalyzer();
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(QaBotAnalyzer.Version, analyzer)))
        {
            writer.AddDocument(new Document { new KeywordField("file", "News/Two Words.md", Field.Store.NO) });
        }

        using var reader = DirectoryReader.Open(directory);
        var leaf = reader.Leaves[0].AtomicReader;
        var terms = leaf.GetTerms("file").GetEnumerator();
        Assert.True(terms.MoveNext());
        Assert.Equal("News/Two Words.md", terms.Term.Utf8ToString());
        Assert.False(terms.MoveNext());
        Assert.Null(leaf.GetNormValues("file"));
        Assert.Null(reader.Document(0).Get("file", System.Globalization.CultureInfo.InvariantCulture));
    }
}
