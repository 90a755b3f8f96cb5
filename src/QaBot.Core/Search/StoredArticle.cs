using System.Globalization;
using Lucene.Net.Documents;
using QaBot.Core.Answers;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Search;

/// <summary>Reads an article document's source back from its stored fields.</summary>
internal static class StoredArticle
{
    public static SourceInfo ToSource(Document doc) => new(
        Get(doc, S.File) ?? string.Empty,
        Get(doc, S.Title) ?? string.Empty,
        Get(doc, S.Publisher),
        Get(doc, S.Published) ?? Get(doc, S.PublishedText),
        Get(doc, S.Url));

    public static string? Get(Document doc, string field) => doc.Get(field, CultureInfo.InvariantCulture);
}
