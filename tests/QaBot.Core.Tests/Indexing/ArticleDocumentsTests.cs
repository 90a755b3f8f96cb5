using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using QaBot.Core.Analysis;
using QaBot.Core.Answers;
using QaBot.Core.Corpus;
using QaBot.Core.Indexing;
using QaBot.Core.Passages;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Tests.Indexing;

public sealed class ArticleDocumentsTests
{
    [Fact]
    public void Create_ArticleOfThreePassages_PutsTheArticleFieldsOnTheFirstPassageOnlyWithItsRecordAfterThePassages()
    {
        var documents = Create(
            new ArticleBlock(BlockKind.Paragraph, Sentences("The dam held", 40)),
            new ArticleBlock(BlockKind.Heading, "Repairs"),
            new ArticleBlock(BlockKind.Paragraph, Sentences("Crews patched the wall", 40)),
            new ArticleBlock(BlockKind.Paragraph, Sentences("The road reopened", 40)));

        Assert.Equal(3, documents.Count);
        Assert.All(documents, d => Assert.NotNull(d.GetField(S.Record)));
        Assert.Equal([S.ArticleKind, null, null], documents.Select(d => d.Get(S.Kind, CultureInfo.InvariantCulture)));
        Assert.All(documents, d => Assert.Empty(d.GetFields(S.Article)));
        Assert.All(documents, d => Assert.Empty(d.GetFields(S.Group)));
        Assert.Equal([0, 1, 2], documents.Select(d => PassageRecord.Decode(d.GetBinaryValue(S.Record))!.Passage.Ordinal));
        Assert.Equal([true, false, false], documents.Select(d => PassageRecord.ArticlePart(d.GetBinaryValue(S.Record)) is not null));
        var (source, blocks) = ArticleRecord.ReadArticle(PassageRecord.ArticlePart(documents[0].GetBinaryValue(S.Record))!)!.Value;
        Assert.Equal(new SourceInfo("digest.md", "Weekly digest", null, null, null), source);
        Assert.Equal([BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph, BlockKind.Paragraph], blocks.Select(b => b.Kind));
        Assert.Equal("Repairs", blocks[1].Text);
    }

    [Fact]
    public void Create_AnyArticle_StoresTheRecordAloneAndNoDocValue()
    {
        var documents = Create(
            new ArticleBlock(BlockKind.Paragraph, Sentences("The dam held", 40)),
            new ArticleBlock(BlockKind.Paragraph, Sentences("The road reopened", 40)));

        Assert.Equal(2, documents.Count);
        Assert.All(documents, d => Assert.Equal([S.Record], d.Fields.Where(f => f.IndexableFieldType.IsStored).Select(f => f.Name)));
        Assert.All(documents.SelectMany(d => d.Fields), f => Assert.Equal(DocValuesType.NONE, f.IndexableFieldType.DocValueType));
    }

    [Fact]
    public void Create_ArticleWithoutPassages_GivesOneArticleDocumentWithoutRecord()
    {
        var documents = Create(new ArticleBlock(BlockKind.Heading, "Part one"), new ArticleBlock(BlockKind.Heading, "Part two"));

        var document = Assert.Single(documents);
        Assert.Equal(S.ArticleKind, document.Get(S.Kind, CultureInfo.InvariantCulture));
        Assert.Equal("digest.md", document.Get(S.File, CultureInfo.InvariantCulture));
        Assert.Equal(
            [new ArticleBlock(BlockKind.Heading, "Part one"), new ArticleBlock(BlockKind.Heading, "Part two")],
            ArticleRecord.ReadArticle(document.GetBinaryValue(S.Article))!.Value.Blocks);
        Assert.Null(document.GetField(S.Record));
        Assert.Null(document.GetField(S.Text));
        Assert.Equal((1, 0), (document.GetFields(S.Article).Length, document.GetFields(S.Group).Length));
    }

    private static List<Document> Create(params ArticleBlock[] blocks)
    {
        var article = new CleanArticle("digest.md", ArticleMetadata.Empty with { Title = "Weekly digest" }, blocks, 0);
        var indexed = ArticleDocuments.Prepare(article, new FileStamp("hash", 1, 1), new PassageBuilder());
        using var analyzer = new QaBotAnalyzer();
        return [.. ArticleDocuments.Create(indexed, analyzer)];
    }

    /// <summary>Sentences of about <paramref name="words"/> words in all, each starting with <paramref name="start"/>.</summary>
    private static string Sentences(string start, int words) =>
        string.Join(' ', Enumerable.Range(0, words / 8).Select(i => $"{start} on day {i} of the long week ahead."));
}
