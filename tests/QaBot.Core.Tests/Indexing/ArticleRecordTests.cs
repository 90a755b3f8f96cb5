using Lucene.Net.Util;
using QaBot.Core.Answers;
using QaBot.Core.Corpus;
using QaBot.Core.Indexing;

namespace QaBot.Core.Tests.Indexing;

public sealed class ArticleRecordTests
{
    private static readonly ArticleRecord Full = new(
        new SourceInfo("新闻/上海-🚀.md", "上海港吞吐量创纪录 🚢", "新华社 Xinhua", "2020-11-25", "https://example.com/新闻?id=7&q=🚢"),
        [
            new ArticleBlock(BlockKind.Paragraph, "The port handled a record 43.5 million containers."),
            new ArticleBlock(BlockKind.Heading, "背景"),
            new ArticleBlock(BlockKind.Paragraph, string.Empty),
            new ArticleBlock(BlockKind.Paragraph, new string('x', 40_000)),
        ]);

    [Fact]
    public void Decode_EncodedRecord_GivesBackTheSourceAndEveryBlockInOrder()
    {
        var decoded = ArticleRecord.Decode(new BytesRef(Full.Encode()));

        Assert.NotNull(decoded);
        Assert.Equal(Full.Source, decoded.Source);
        Assert.Equal(Full.Blocks, decoded.Blocks);
    }

    [Fact]
    public void Decode_SourceWithoutOptionalParts_KeepsThemNull()
    {
        var bare = new ArticleRecord(new SourceInfo("plain.txt", "plain", null, null, null), []);

        var decoded = ArticleRecord.Decode(new BytesRef(bare.Encode()));

        Assert.NotNull(decoded);
        Assert.Equal(bare.Source, decoded.Source);
        Assert.Empty(decoded.Blocks);
    }

    [Fact]
    public void DecodeSource_EncodedRecord_GivesTheSource()
    {
        Assert.Equal(Full.Source, ArticleRecord.DecodeSource(new BytesRef(Full.Encode())));
    }

    [Fact]
    public void Decode_BytesAtAnOffset_ReadsOnlyTheirSlice()
    {
        var bytes = Full.Encode();
        var padded = new byte[bytes.Length + 7];
        bytes.CopyTo(padded, 3);

        Assert.Equal(Full.Blocks, ArticleRecord.Decode(new BytesRef(padded, 3, bytes.Length))!.Blocks);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 9, 1, 2 })]
    public void Decode_EmptyOrOtherVersion_ReturnsNull(byte[] bytes)
    {
        Assert.Null(ArticleRecord.Decode(new BytesRef(bytes)));
        Assert.Null(ArticleRecord.DecodeSource(new BytesRef(bytes)));
    }
}
