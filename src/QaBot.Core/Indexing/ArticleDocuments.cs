using System.Globalization;
using System.Text;
using Lucene.Net.Documents;
using QaBot.Core.Corpus;
using QaBot.Core.Duplicates;
using QaBot.Core.Passages;
using QaBot.Core.Text;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Indexing;

/// <summary>Turns an article into its Lucene documents: one per passage, then one for the article.</summary>
public static class ArticleDocuments
{
    /// <summary>Words of the article's start that go into every passage's context field.</summary>
    private const int LeadWords = 40;

    /// <summary>Stored, searchable text with term vectors, so answers find question words per sentence without analysing again.</summary>
    private static readonly FieldType TextWithOffsets = Frozen(new FieldType(TextField.TYPE_STORED) { StoreTermVectors = true, StoreTermVectorOffsets = true });

    private static readonly FieldType TextWithTerms = Frozen(new FieldType(TextField.TYPE_STORED) { StoreTermVectors = true });

    public static IndexedArticle Prepare(CleanArticle article, FileStamp stamp, PassageBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(builder);
        var passages = builder.Build(article.Blocks);
        var body = string.Join('\n', article.Blocks.Select(b => b.Text));
        var words = Math.Max(1, PassageBuilder.CountWords(body));
        var metadata = article.Metadata;
        var known = new[] { metadata.Title, metadata.Publisher, metadata.PublishedText, metadata.Url, metadata.Author }
            .Count(v => !string.IsNullOrEmpty(v));
        return new IndexedArticle(article, passages, stamp, MinHasher.Signature(body), article.NoiseMarkers * 1000.0 / words, known);
    }

    public static IEnumerable<Document> Create(IndexedArticle indexed)
    {
        ArgumentNullException.ThrowIfNull(indexed);
        var article = indexed.Article;
        var context = article.DisplayTitle + "\n" + Lead(article.Blocks);
        foreach (var passage in indexed.Passages)
        {
            var doc = new Document
            {
                new StringField(S.Kind, S.PassageKind, Field.Store.NO),
                new StringField(S.File, article.File, Field.Store.YES),
                new Field(S.Text, passage.Text, TextWithOffsets),
                new Field(S.Title, article.DisplayTitle, TextWithTerms),
                new Field(S.Context, string.Join('\n', new[] { passage.Section, passage.LeadIn, context }.OfType<string>()), TextWithTerms),
                new StoredField(S.Ordinal, passage.Ordinal),
                new StoredField(S.Sentences, EncodeSpans(passage)),
                new NumericDocValuesField(S.Group, 0),
                new NumericDocValuesField(S.Canonical, 1),
            };
            AddMetadata(doc, article.Metadata);
            foreach (var year in YearReferences.Find(passage.Text, article.Metadata.Published?.Year))
            {
                doc.Add(new StringField(S.Years, year, Field.Store.NO));
            }

            if (passage.LeadIn is not null)
            {
                doc.Add(new Field(S.LeadIn, passage.LeadIn, TextWithTerms));
            }

            if (passage.Section is not null)
            {
                doc.Add(new StoredField(S.Section, passage.Section));
            }

            yield return doc;
        }

        yield return CreateArticleDocument(indexed);
    }

    private static Document CreateArticleDocument(IndexedArticle indexed)
    {
        var article = indexed.Article;
        var doc = new Document
        {
            new StringField(S.Kind, S.ArticleKind, Field.Store.NO),
            new StringField(S.File, article.File, Field.Store.YES),
            new StoredField(S.Title, article.DisplayTitle),
            new StoredField(S.Hash, indexed.Stamp.Hash),
            new StoredField(S.Size, indexed.Stamp.Size),
            new StoredField(S.Modified, indexed.Stamp.ModifiedTicks),
            new StoredField(S.Signature, MinHasher.ToBytes(indexed.Signature)),
            new StoredField(S.NoiseRate, indexed.NoisePerThousandWords),
            new StoredField(S.MetadataFields, indexed.MetadataFields),
            new StoredField(S.PassageCount, indexed.Passages.Count),
            new NumericDocValuesField(S.Group, 0),
            new NumericDocValuesField(S.Canonical, 1),
        };
        AddMetadata(doc, article.Metadata);
        foreach (var block in article.Blocks)
        {
            doc.Add(new StoredField(S.Blocks, (block.Kind == BlockKind.Heading ? "H " : "P ") + block.Text));
        }

        return doc;
    }

    private static void AddMetadata(Document doc, ArticleMetadata metadata)
    {
        AddIfKnown(doc, S.Publisher, metadata.Publisher);
        AddIfKnown(doc, S.Author, metadata.Author);
        AddIfKnown(doc, S.Published, metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        AddIfKnown(doc, S.PublishedText, metadata.PublishedText);
        AddIfKnown(doc, S.Url, metadata.Url);
    }

    private static void AddIfKnown(Document doc, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            doc.Add(new StoredField(field, value));
        }
    }

    private static string Lead(IReadOnlyList<ArticleBlock> blocks)
    {
        var lead = new StringBuilder();
        var words = 0;
        foreach (var block in blocks.Where(b => b.Kind == BlockKind.Paragraph))
        {
            lead.Append(block.Text).Append('\n');
            words += PassageBuilder.CountWords(block.Text);
            if (words >= LeadWords)
            {
                break;
            }
        }

        return lead.ToString();
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static string EncodeSpans(Passage passage) =>
        string.Join(';', passage.Sentences.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Start},{s.Length}")));
}
