using Lucene.Net.Index;
using QaBot.Core.Answers;
using QaBot.Core.Corpus;
using QaBot.Core.Indexing;

namespace QaBot.Core.Search;

/// <summary>Reads article records back from an article's first document.</summary>
internal static class ArticleRecords
{
    /// <summary>The source and cleaned blocks of article document <paramref name="doc"/> (a top-level id); null for a document that holds none.</summary>
    public static (SourceInfo Source, IReadOnlyList<ArticleBlock> Blocks)? Read(IndexReader reader, int doc) =>
        ArticleRecord.ReadArticle(ArticleRecord.Read(reader, doc));

    /// <summary>The source of article document <paramref name="doc"/>, without its text; null for a document that holds none.</summary>
    public static SourceInfo? ReadSource(IndexReader reader, int doc) => ArticleRecord.ReadSource(ArticleRecord.Read(reader, doc));
}
