using System.Globalization;
using Lucene.Net.Util;
using QaBot.Core.Answers;
using QaBot.Core.Corpus;
using QaBot.Core.Indexing;
using QaBot.Core.Passages;
using QaBot.Core.Text;

namespace QaBot.Core.Tests.Indexing;

public sealed class PassageRecordTests
{
    private static readonly SourceInfo FullSource = new("新闻/上海-🚀.md", "上海港吞吐量创纪录 🚢", "新华社 Xinhua", "2020-11-25", "https://example.com/新闻?id=7&q=🚢");
    private static readonly SourceInfo BareSource = new("plain.txt", "plain", null, null, null);

    /// <summary>A record of these sentences (joined by a space), each sentence's terms being its words.</summary>
    private static PassageRecord Record(string[] sentences, string? section = null, SourceInfo? source = null, int ordinal = 0)
    {
        var spans = new List<TextSpan>();
        var at = 0;
        foreach (var sentence in sentences)
        {
            spans.Add(new TextSpan(at, sentence.Length));
            at += sentence.Length + 1;
        }

        var passage = new Passage(ordinal, section, string.Join(' ', sentences), spans);
        var terms = sentences.Select(s => TermCounts.Of(s.Split(' '))).ToList();
        return new PassageRecord(passage, source ?? FullSource, terms, TermCounts.Of(["lead", "in"]), TermCounts.Of(["上海", "港"]), TermCounts.Of(["context", "context", "🚢"]));
    }

    /// <summary>An article of one paragraph, ready to index.</summary>
    private static IndexedArticle Article(string paragraph)
    {
        var article = new CleanArticle("plain.txt", new ArticleMetadata("plain", null, null, null, null, null), [new ArticleBlock(BlockKind.Paragraph, paragraph)], 0);
        return ArticleDocuments.Prepare(article, new FileStamp("AB12", 1234, 638000000000000000), new PassageBuilder());
    }

    private static byte[] Bytes(BytesRef bytes) => bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).ToArray();

    private static PassageRecord? RoundTrip(PassageRecord record) => PassageRecord.Decode(new BytesRef(record.Encode()));

    private static void AssertSameTerms(TermCounts expected, TermCounts actual)
    {
        Assert.Equal(expected.Hashes, actual.Hashes);
        Assert.Equal(expected.Counts, actual.Counts);
    }

    private static void AssertSameRecord(PassageRecord expected, PassageRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Passage.Ordinal, actual.Passage.Ordinal);
        Assert.Equal(expected.Passage.Section, actual.Passage.Section);
        Assert.Equal(expected.Passage.Text, actual.Passage.Text);
        Assert.Equal(expected.Passage.Sentences, actual.Passage.Sentences);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Passage.Sentences.Count, actual.SentenceTerms.Count);
        for (var i = 0; i < expected.Passage.Sentences.Count; i++)
        {
            AssertSameTerms(i < expected.SentenceTerms.Count ? expected.SentenceTerms[i] : TermCounts.Empty, actual.SentenceTerms[i]);
        }

        AssertSameTerms(expected.LeadIn, actual.LeadIn);
        AssertSameTerms(expected.Title, actual.Title);
        AssertSameTerms(expected.Context, actual.Context);
    }

    [Fact]
    public void Decode_EncodedUnicodeRecordWithEveryOptionalField_RoundTrips()
    {
        var record = Record(["上海港今年的集装箱吞吐量创下纪录。", "Officials cheered 🎉 the 4.7% rise", "Ça va très bien, dit-il 👍🏽."], section: "第二部分 — 港口 🚢", ordinal: 3);

        var decoded = RoundTrip(record);

        AssertSameRecord(record, decoded);
        Assert.Equal("Officials cheered 🎉 the 4.7% rise", decoded!.Passage.SentenceText(1));
    }

    [Fact]
    public void Decode_EncodedRecordWithoutOptionalFields_KeepsThemNull()
    {
        var record = Record(["The harbour was busy."], section: null, source: BareSource);

        var decoded = RoundTrip(record);

        AssertSameRecord(record, decoded);
        Assert.Null(decoded!.Passage.Section);
        Assert.Equal((null, null, null), (decoded.Source.Publisher, decoded.Source.Published, decoded.Source.Url));
    }

    [Fact]
    public void Decode_EncodedRecordWithEmptyOptionalFields_KeepsThemEmptyNotNull()
    {
        var record = Record(["The harbour was busy."], section: string.Empty, source: new SourceInfo("a.md", string.Empty, string.Empty, string.Empty, string.Empty));

        var decoded = RoundTrip(record);

        AssertSameRecord(record, decoded);
        Assert.Equal(string.Empty, decoded!.Passage.Section);
        Assert.Equal(("", "", ""), (decoded.Source.Publisher, decoded.Source.Published, decoded.Source.Url));
    }

    [Fact]
    public void Decode_EncodedRecordWithZeroSentences_RoundTrips()
    {
        var record = new PassageRecord(new Passage(0, null, string.Empty, []), BareSource, [], TermCounts.Empty, TermCounts.Empty, TermCounts.Empty);

        var decoded = RoundTrip(record);

        AssertSameRecord(record, decoded);
        Assert.Empty(decoded!.Passage.Sentences);
        Assert.Equal(string.Empty, decoded.Passage.Text);
    }

    [Fact]
    public void Decode_EncodedRecordWithManySentencesAndLargeNumbers_RoundTrips()
    {
        // Offsets past 16,383 take three bytes, an ordinal past 127 two; hashes use all 32 bits.
        var sentences = Enumerable.Range(0, 1500)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"Sentence {i} says 第{i}号 and word{i % 37} again{i % 5}."))
            .ToArray();
        var record = Record(sentences, section: "Section", ordinal: 70_000) with
        {
            Context = new TermCounts([0u, 1u, 0x7FFFFFFFu, 0x80000000u, uint.MaxValue], [1, 2, 127, 128, 255]),
        };
        Assert.True(record.Passage.Text.Length > 50_000);

        AssertSameRecord(record, RoundTrip(record));
    }

    [Fact]
    public void Decode_FewerSentenceTermsThanSentences_GivesEmptyTermsForTheRest()
    {
        var full = Record(["One sentence here.", "Another one here.", "A third."]);
        var record = full with { SentenceTerms = [full.SentenceTerms[0]] };

        var decoded = RoundTrip(record);

        Assert.NotNull(decoded);
        Assert.Equal(3, decoded.SentenceTerms.Count);
        AssertSameTerms(full.SentenceTerms[0], decoded.SentenceTerms[0]);
        AssertSameTerms(TermCounts.Empty, decoded.SentenceTerms[1]);
        AssertSameTerms(TermCounts.Empty, decoded.SentenceTerms[2]);
    }

    [Fact]
    public void Decode_RecordInsideALargerBuffer_ReadsOnlyItsSlice()
    {
        var record = Record(["上海港今年的集装箱吞吐量创下纪录。", "Officials cheered."]);
        var bytes = record.Encode();
        var buffer = new byte[bytes.Length + 20];
        Array.Fill(buffer, (byte)0xAB);
        bytes.CopyTo(buffer, 7);

        AssertSameRecord(record, PassageRecord.Decode(new BytesRef(buffer, 7, bytes.Length)));
    }

    [Fact]
    public void Decode_EmptyBytes_ReturnsNull()
    {
        Assert.Null(PassageRecord.Decode(new BytesRef()));
        Assert.Null(PassageRecord.Decode(new BytesRef([2, 0, 0], 1, 0)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(255)]
    public void Decode_AnotherVersionByte_ReturnsNull(byte version)
    {
        var bytes = Record(["The harbour was busy."]).Encode();
        Assert.NotNull(PassageRecord.Decode(new BytesRef(bytes)));

        bytes[0] = version;

        Assert.Null(PassageRecord.Decode(new BytesRef(bytes)));
    }

    [Fact]
    public void EncodeWithArticle_PassageAndArticleRecords_DecodesAsThePassageAndGivesBackTheArticleBytes()
    {
        var record = Record(["上海港今年的集装箱吞吐量创下纪录。", "Officials cheered."], section: "Port");
        var article = Article("上海港今年的集装箱吞吐量创下纪录。 Officials cheered.");

        var both = record.EncodeWithArticle(article, FullSource);

        AssertSameRecord(record, PassageRecord.Decode(both));
        Assert.Equal(Bytes(ArticleRecord.Encode(article, FullSource)), Bytes(PassageRecord.ArticlePart(both)!));
    }

    [Fact]
    public void EncodeWithArticle_InsideALargerBuffer_ReadsOnlyItsSlice()
    {
        var record = Record(["The harbour was busy."]);
        var article = Article("The harbour was busy.");
        var both = record.EncodeWithArticle(article, BareSource);
        var buffer = new byte[both.Length + 20];
        Array.Fill(buffer, (byte)0xAB);
        both.Bytes.AsSpan(both.Offset, both.Length).CopyTo(buffer.AsSpan(9));
        var slice = new BytesRef(buffer, 9, both.Length);

        AssertSameRecord(record, PassageRecord.Decode(slice));
        Assert.Equal(Bytes(ArticleRecord.Encode(article, BareSource)), Bytes(PassageRecord.ArticlePart(slice)!));
    }

    [Fact]
    public void EncodeWithArticle_ArticleOf40000Characters_KeepsBothRecordsWhole()
    {
        var record = Record(["The harbour was busy."]);
        var article = Article(new string('x', 40_000));

        var both = record.EncodeWithArticle(article, BareSource);

        AssertSameRecord(record, PassageRecord.Decode(both));
        Assert.Equal(Bytes(ArticleRecord.Encode(article, BareSource)), Bytes(PassageRecord.ArticlePart(both)!));
        Assert.Equal(new string('x', 40_000), ArticleRecord.ReadArticle(PassageRecord.ArticlePart(both)!)!.Value.Blocks.Single().Text);
    }

    [Fact]
    public void ArticlePart_RecordOfAPassageAlone_ReturnsNull()
    {
        Assert.Null(PassageRecord.ArticlePart(new BytesRef(Record(["The harbour was busy."]).Encode())));
        Assert.Null(PassageRecord.ArticlePart(new BytesRef()));
    }

    [Theory]
    [InlineData(0x7FFFFFFF)]
    [InlineData(-1)]
    [InlineData(100)]
    public void Decode_WithArticleHeaderClaimingBytesThatAreNotThere_ReturnsNull(int claimed)
    {
        var bytes = new byte[40];
        bytes[0] = 3;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(1), claimed);

        Assert.Null(PassageRecord.Decode(new BytesRef(bytes)));
        Assert.Null(PassageRecord.ArticlePart(new BytesRef(bytes)));
    }
}
