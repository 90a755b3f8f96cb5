using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using QaBot.Core.Analysis;

namespace QaBot.Core.Tests.Search;

/// <summary>
/// A few thousand random documents over a Zipf-like vocabulary, in many segments kept apart by
/// <see cref="NoMergePolicy"/>, with deletions and with documents that lack the text field, searched
/// with BM25 as the answer service searches. Built once per test class.
/// </summary>
public sealed class ZipfIndex : IDisposable
{
    public const string Text = "text";
    public const int Documents = 3000;
    public const int Vocabulary = 1500;

    private const string Id = "id";
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly double[] _cumulative = new double[Vocabulary];

    public ZipfIndex()
    {
        var total = 0.0;
        for (var rank = 0; rank < Vocabulary; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, 1.05);
            _cumulative[rank] = total;
        }

        var random = new Random(20261201);
        var config = new IndexWriterConfig(QaBotAnalyzer.Version, new WhitespaceAnalyzer(QaBotAnalyzer.Version))
        {
            Similarity = new BM25Similarity(),
            MaxBufferedDocs = 170,
            RAMBufferSizeMB = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < Documents; i++)
            {
                var doc = new Document { new StringField(Id, i.ToString(CultureInfo.InvariantCulture), Field.Store.NO) };

                // Some documents have no text at all; lengths vary widely, so few documents share a norm; and
                // short documents repeating a word or two score close to the terms' bounds, where pruning is tight.
                if (i % 97 != 5)
                {
                    var words = i % 23 == 0
                        ? Enumerable.Range(0, random.Next(1, 9)).Select(_ => Word(random.Next(2) == 0 ? ZipfRank(random) : random.Next(Vocabulary))).SelectMany(w => Enumerable.Repeat(w, random.Next(1, 6)))
                        : Enumerable.Range(0, random.Next(1, 160)).Select(_ => Word(ZipfRank(random)));
                    doc.Add(new TextField(Text, string.Join(' ', words.Concat(RareWordsOf(i))), Field.Store.NO));
                }

                writer.AddDocument(doc);
                if (i % 450 == 449)
                {
                    writer.Commit();
                }
            }

            for (var i = 0; i < 45; i++)
            {
                writer.DeleteDocuments(new Term(Id, random.Next(Documents).ToString(CultureInfo.InvariantCulture)));
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        Searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IndexSearcher Searcher { get; }

    /// <summary>Words in a handful of documents each, and words in one document only, besides the Zipf vocabulary.</summary>
    public static IReadOnlyList<string> RareWords { get; } =
        [.. Enumerable.Range(0, Documents).SelectMany(RareWordsOf).Distinct(StringComparer.Ordinal)];

    public static string Word(int rank) => "w" + rank.ToString(CultureInfo.InvariantCulture);

    /// <summary>A word rank drawn with the corpus's own Zipf distribution: mostly common words.</summary>
    public int ZipfRank(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var i = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return Math.Min(i < 0 ? ~i : i, Vocabulary - 1);
    }

    private static IEnumerable<string> RareWordsOf(int doc)
    {
        if (doc % 151 == 3)
        {
            yield return "rare" + (doc / 151 % 6).ToString(CultureInfo.InvariantCulture);
        }

        if (doc % 400 == 7)
        {
            yield return "single" + doc.ToString(CultureInfo.InvariantCulture);
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
