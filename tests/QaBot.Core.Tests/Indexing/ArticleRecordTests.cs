using Lucene.Net.Util;
using QaBot.Core.Answers;
using QaBot.Core.Corpus;
using QaBot.Core.Duplicates;
using QaBot.Core.Indexing;
using QaBot.Core.Passages;

namespace QaBot.Core.Tests.Indexing;

public sealed class ArticleRecordTests
{
    private static readonly SourceInfo FullSource = new("news/2021/网络-report.md", "上海港吞吐量创纪录 🚢", "新华社 Xinhua", "2020-11-25", "https://example.com/新闻?id=7&q=🚢");

    private static readonly ArticleBlock[] Blocks =
    [
        new(BlockKind.Paragraph, "China had 989 million internet users at the end of 2020, the report said."),
        new(BlockKind.Heading, "背景"),
        new(BlockKind.Paragraph, string.Empty),
        new(BlockKind.Paragraph, new string('x', 40_000)),
    ];

    private static IndexedArticle Indexed(IReadOnlyList<ArticleBlock>? blocks = null)
    {
        var article = new CleanArticle(FullSource.File, new ArticleMetadata("Title", "Xinhua", null, null, null, null), blocks ?? Blocks, 3);
        return ArticleDocuments.Prepare(article, new FileStamp("AB12", 1234, 638000000000000000), new PassageBuilder());
    }

    [Fact]
    public void ReadEntry_EncodedArticle_ReturnsItsStampAndCounts()
    {
        var indexed = Indexed();

        var entry = ArticleRecord.ReadEntry(ArticleRecord.Encode(indexed, FullSource), docId: 17, new GroupValue(42, false));

        Assert.NotNull(entry);
        Assert.Equal(FullSource.File, entry.File);
        Assert.Equal(new FileStamp("AB12", 1234, 638000000000000000), entry.Stamp);
        Assert.Equal((17, 42L, false), (entry.DocId, entry.Group, entry.Canonical));
        Assert.Equal(indexed.NoisePerThousandWords, entry.NoisePerThousandWords);
        Assert.Equal((2, indexed.Passages.Count), (entry.MetadataFields, entry.Passages));
    }

    [Fact]
    public void ReadSignature_EncodedArticle_ReturnsEverySignatureValue()
    {
        var indexed = Indexed();

        Assert.Equal(indexed.Signature, ArticleRecord.ReadSignature(ArticleRecord.Encode(indexed, FullSource)));
    }

    [Fact]
    public void Encode_Signature_TakesTwoBytesAPositionAfterItsCount()
    {
        var indexed = Indexed(Blocks[..2]);

        var withSignature = ArticleRecord.Encode(indexed, FullSource).Length;
        var without = ArticleRecord.Encode(indexed with { Signature = [] }, FullSource).Length;

        // 128 positions of two bytes; the count 128 takes two bytes as a varint, 0 one.
        Assert.Equal((2 * MinHasher.SignatureLength) + 1, withSignature - without);
    }

    [Fact]
    public void ReadArticle_EncodedArticle_GivesBackTheSourceAndEveryBlockInOrder()
    {
        var bytes = ArticleRecord.Encode(Indexed(), FullSource);

        var (source, blocks) = ArticleRecord.ReadArticle(bytes)!.Value;

        Assert.Equal(FullSource, source);
        Assert.Equal(Blocks, blocks);
        Assert.Equal(FullSource, ArticleRecord.ReadSource(bytes));
    }

    [Fact]
    public void ReadArticle_SourceWithoutOptionalParts_KeepsThemNull()
    {
        var bare = new SourceInfo("plain.txt", "plain", null, null, null);

        var (source, blocks) = ArticleRecord.ReadArticle(ArticleRecord.Encode(Indexed([]), bare))!.Value;

        Assert.Equal(bare, source);
        Assert.Empty(blocks);
    }

    [Fact]
    public void ReadArticle_BytesAtAnOffset_ReadsOnlyTheirSlice()
    {
        var encoded = ArticleRecord.Encode(Indexed(), FullSource);
        var bytes = encoded.Bytes.AsSpan(encoded.Offset, encoded.Length).ToArray();
        var padded = new byte[bytes.Length + 7];
        bytes.CopyTo(padded, 3);

        Assert.Equal(Blocks, ArticleRecord.ReadArticle(new BytesRef(padded, 3, bytes.Length))!.Value.Blocks);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 9, 1, 2 })]
    public void Read_EmptyOrOtherVersion_ReturnsNothing(byte[] bytes)
    {
        Assert.Null(ArticleRecord.ReadEntry(new BytesRef(bytes), 0, GroupValue.Alone));
        Assert.Empty(ArticleRecord.ReadSignature(new BytesRef(bytes)));
        Assert.Null(ArticleRecord.ReadSource(new BytesRef(bytes)));
        Assert.Null(ArticleRecord.ReadArticle(new BytesRef(bytes)));
    }
}
