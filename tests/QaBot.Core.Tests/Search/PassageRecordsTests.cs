using System.Globalization;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using QaBot.Core.Analysis;
using QaBot.Core.Answers;
using QaBot.Core.Corpus;
using QaBot.Core.Indexing;
using QaBot.Core.Passages;
using QaBot.Core.Search;
using QaBot.Core.Tests.TestSupport;
using QaBot.Core.Text;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Tests.Search;

/// <summary>
/// A passage whose record is too large for binary doc values (one run-on sentence of some 40,000
/// characters) is kept as a stored field, and is read back, answered and shown like any other.
/// </summary>
public sealed class PassageRecordsTests : IDisposable
{
    private const string RiverFile = "river.md";
    private const string Question = "How many millimetres did the Brenvik gauge record?";

    private static readonly string RunOn = BuildRunOn();

    private static readonly string Article = $"""
        ---
        title: River levels keep rising
        publisher: Delta Courier
        published: 2022-05-09
        url: https://example.com/river
        ---
        The river at Pelin rose for the ninth day in a row on Monday, flooding low fields on both banks and closing the old bridge to traffic, the county emergency office said in a statement read out on local radio.

        {RunOn}

        Forecasters expect the water to fall slowly from Thursday, although more rain is due in the hills above the town later in the month, and the county has asked volunteers to stay ready.
        """;

    private readonly TempFolder _folder = new();

    public PassageRecordsTests()
    {
        _folder.Write(RiverFile, Article);
        _folder.Write("volcano.md", Articles.Volcano);
        new CorpusIndexer(new IndexerOptions { CorpusPath = _folder.Corpus, IndexPath = _folder.Index }).Run(rebuild: false);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Some 40,000 characters without a sentence end, with one fact in the middle.</summary>
    private static string BuildRunOn()
    {
        var text = new StringBuilder("Through the night the levee crews");
        for (var day = 1; text.Length < 40_000; day++)
        {
            text.Append(CultureInfo.InvariantCulture, $" moved {day * 7} sandbags at gate {day % 13} while the water climbed past marker {day + 40} and");
            if (day == 150)
            {
                text.Append(" the Brenvik gauge recorded 4711 millimetres of rain and");
            }
        }

        return text.Append(" still the river kept rising").ToString();
    }

    private static CleanArticle Cleaned()
    {
        var result = new ArticleReader().Parse(RiverFile, Encoding.UTF8.GetBytes(Article));
        Assert.False(result.IsSkipped, result.SkipReason);
        return result.Article;
    }

    /// <summary>The article's documents as the indexer makes them, and the record bytes of each passage, in order.</summary>
    private static List<Document> ExpectedPassageDocuments()
    {
        var indexed = ArticleDocuments.Prepare(Cleaned(), new FileStamp("hash", 1, 1), new PassageBuilder());
        using var analyzer = new QaBotAnalyzer();
        return ArticleDocuments.Create(indexed, analyzer).ToList();
    }

    [Fact]
    public void Create_RunOnSentence_StoresEveryRecordTheSameWayWhateverItsLength()
    {
        var documents = ExpectedPassageDocuments();

        Assert.Equal(3, documents.Count);
        var records = documents.Select(d => d.GetBinaryValue(S.Record)).ToList();
        Assert.All(records, r => Assert.NotNull(r));
        // The run-on passage's record is longer than a binary doc value could hold.
        Assert.True(records[1].Length > 32766);
        Assert.Equal([DocValuesType.NONE, DocValuesType.NONE, DocValuesType.NONE], documents.Select(d => d.GetField(S.Record).IndexableFieldType.DocValueType));
        Assert.Equal([true, true, true], documents.Select(d => d.GetField(S.Record).IndexableFieldType.IsStored));
    }

    [Fact]
    public void Read_EveryPassageOfTheIndex_ReturnsExactlyTheRecordTheIndexerWrote()
    {
        var expected = ExpectedPassageDocuments().Select(d => d.GetBinaryValue(S.Record)).ToList();
        using var directory = FSDirectory.Open(_folder.Index);
        using var reader = DirectoryReader.Open(directory);

        var found = Enumerable.Range(0, reader.MaxDoc)
            .Select(doc => (Doc: doc, Record: PassageRecords.Read(reader, doc)))
            .Where(r => r.Record is not null && r.Record.Source.File == RiverFile)
            .OrderBy(r => r.Record!.Passage.Ordinal)
            .ToList();

        Assert.Equal(expected.Count, found.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            // The first passage's value holds the article's record after the passage's.
            Assert.Equal(PassageRecord.Decode(expected[i])!.Encode(), found[i].Record!.Encode());
        }

        // Its cleaned blocks too (the stamp differs: the expected documents were made with a made-up one).
        Assert.Equal(
            ArticleRecord.ReadArticle(PassageRecord.ArticlePart(expected[0])!)!.Value.Blocks,
            ArticleRecord.ReadArticle(PassageRecord.ArticlePart(BinaryValues.Read(reader, S.Record, found[0].Doc))!)!.Value.Blocks);

        Assert.Equal(RunOn, found[1].Record!.Passage.Text);
        Assert.Equal([new TextSpan(0, RunOn.Length)], found[1].Record!.Passage.Sentences);

        // Written with the index's codec: stored uncompressed, and no doc values at all.
        Assert.All(reader.Leaves, leaf => Assert.Equal(IndexCodec.CodecName, ((SegmentReader)leaf.Reader).SegmentInfo.Info.Codec.Name));
        Assert.All(reader.Leaves, leaf => Assert.Null(leaf.AtomicReader.GetBinaryDocValues(S.Record)));
    }

    [Fact]
    public void Index_EachArticle_HoldsItsOwnFieldsOnItsFirstPassageAndNoOtherDocument()
    {
        using var directory = FSDirectory.Open(_folder.Index);
        using var reader = DirectoryReader.Open(directory);

        var articles = Enumerable.Range(0, reader.MaxDoc)
            .Where(doc => ArticleRecords.Read(reader, doc) is not null)
            .ToList();

        // Every document is a passage; the two that hold an article record are their articles' first passages.
        Assert.All(Enumerable.Range(0, reader.MaxDoc), doc => Assert.NotNull(PassageRecords.Read(reader, doc)));
        Assert.Equal(2, articles.Count);
        Assert.All(articles, doc => Assert.Equal(0, PassageRecords.Read(reader, doc)!.Passage.Ordinal));
        Assert.Equal(
            [RiverFile, "volcano.md"],
            articles.Select(doc => ArticleRecords.Read(reader, doc)!.Value.Source.File).Order(StringComparer.Ordinal));
        Assert.All(articles, doc => Assert.NotEmpty(ArticleRecords.Read(reader, doc)!.Value.Blocks));
    }

    [Fact]
    public void Ask_FactInTheRunOnSentence_AnswersWithThatWholeSentence()
    {
        using var service = new AnswerService(_folder.Index);

        // Only the run-on sentence holds these words: a six-thousand-word sentence ranks low among others.
        var answer = service.Ask(Question, 3);

        Assert.False(answer.Abstained);
        var first = Assert.Single(answer.Answers);
        Assert.Equal(RiverFile, first.Source.File);
        Assert.Equal(RunOn, first.Sentence);
        Assert.Equal(RunOn, first.Passage);
        Assert.Equal(0, first.SentenceStart);
    }

    [Fact]
    public void GetArticle_WithATooLargeRecord_ShowsEveryParagraphInOrderWithTheSource()
    {
        var cleaned = Cleaned();
        using var service = new AnswerService(_folder.Index);

        var view = service.GetArticle(RiverFile);

        Assert.NotNull(view);
        Assert.Equal(new SourceInfo(RiverFile, "River levels keep rising", "Delta Courier", "2022-05-09", "https://example.com/river"), view.Source);
        Assert.Equal(cleaned.Blocks.Select(b => b.Text), view.Paragraphs);
        Assert.Equal(RunOn, view.Paragraphs[1]);
    }
}
