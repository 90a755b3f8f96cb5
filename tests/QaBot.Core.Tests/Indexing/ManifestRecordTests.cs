using Lucene.Net.Util;
using QaBot.Core.Corpus;
using QaBot.Core.Indexing;
using QaBot.Core.Passages;

namespace QaBot.Core.Tests.Indexing;

public class ManifestRecordTests
{
    [Fact]
    public void Decode_EncodedArticle_ReturnsItsStampAndCounts()
    {
        var article = new CleanArticle(
            "news/2021/网络-report.md",
            new ArticleMetadata("Title", "Xinhua", null, null, null, null),
            [new ArticleBlock(BlockKind.Paragraph, "China had 989 million internet users at the end of 2020, the report said.")],
            3);
        var indexed = ArticleDocuments.Prepare(article, new FileStamp("AB12", 1234, 638000000000000000), new PassageBuilder());

        var entry = ManifestRecord.Decode(new BytesRef(ManifestRecord.Encode(indexed)), docId: 17, group: 42, canonical: false);

        Assert.NotNull(entry);
        Assert.Equal("news/2021/网络-report.md", entry.File);
        Assert.Equal(new FileStamp("AB12", 1234, 638000000000000000), entry.Stamp);
        Assert.Equal((17, 42L, false), (entry.DocId, entry.Group, entry.Canonical));
        Assert.Equal(indexed.NoisePerThousandWords, entry.NoisePerThousandWords);
        Assert.Equal((2, 1), (entry.MetadataFields, entry.Passages));
    }

    [Fact]
    public void Decode_NoValue_ReturnsNull() =>
        Assert.Null(ManifestRecord.Decode(new BytesRef(), docId: 0, group: 0, canonical: true));
}
