using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Analysis;
using QaBot.Core.Analysis;
using QaBot.Core.Answers;
using QaBot.Core.Corpus;
using QaBot.Core.Duplicates;
using QaBot.Core.Passages;
using QaBot.Core.Text;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Indexing;

/// <summary>
/// Turns an article into its Lucene documents: one per passage, the first of which also carries the
/// article's own fields (an article without passages gets a document of those alone). Half as many
/// documents as a separate article document each, which cost a tenth of indexing.
/// </summary>
public static class ArticleDocuments
{
    /// <summary>Words of the article's start that go into every passage's context field.</summary>
    private const int LeadWords = 40;

    /// <summary>Indexed with frequencies for BM25, without positions: no query needs them, and re-ranking reads the passage record.</summary>
    private static readonly FieldType Searched = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    public static IndexedArticle Prepare(CleanArticle article, FileStamp stamp, PassageBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(builder);
        var passages = builder.Build(article.Blocks);

        // The blocks as one text, without joining them: a block's end ends a word as a line break would.
        var texts = new string[article.Blocks.Count];
        var words = 0;
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = article.Blocks[i].Text;
            words += WordCount.Of(texts[i]);
        }

        var metadata = article.Metadata;
        var known = Known(metadata.Title) + Known(metadata.Publisher) + Known(metadata.PublishedText) + Known(metadata.Url) + Known(metadata.Author);
        return new IndexedArticle(article, passages, stamp, MinHasher.Signature(texts), article.NoiseMarkers * 1000.0 / Math.Max(1, words), known);

        static int Known(string? value) => string.IsNullOrEmpty(value) ? 0 : 1;
    }

    /// <summary>
    /// The article's documents, analyzed here with <paramref name="analyzer"/> (the index's, without
    /// synonyms): each text once, the title once for all passages. The first holds the article's fields.
    /// </summary>
    public static IEnumerable<Document> Create(IndexedArticle indexed, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(indexed);
        ArgumentNullException.ThrowIfNull(analyzer);
        var article = indexed.Article;
        var metadata = article.Metadata;
        var source = new SourceInfo(
            article.File,
            article.DisplayTitle,
            metadata.Publisher,
            IsoDate(metadata) ?? metadata.PublishedText,
            metadata.Url);
        var title = TokenReader.ReadForIndex(analyzer, S.Title, article.DisplayTitle);
        var titleTerms = TermCounts.Of(CollectionsMarshal.AsSpan(title));
        // Only later passages take the lead as context: the first holds it.
        var lead = indexed.Passages.Count > 1 ? TokenReader.ReadForIndex(analyzer, S.Context, Lead(article.Blocks)) : [];
        foreach (var passage in indexed.Passages)
        {
            var first = passage.Ordinal == 0;
            var text = TokenReader.ReadForIndex(analyzer, S.Text, passage.Text);
            var leadIn = passage.LeadIn is null ? [] : TokenReader.ReadForIndex(analyzer, S.Context, passage.LeadIn);
            var section = passage.Section is null ? [] : TokenReader.ReadForIndex(analyzer, S.Context, passage.Section);
            // The first passage holds the lead itself: as its context, the lead would count its own words twice.
            var context = Concat(leadIn, section, first ? [] : lead);
            var record = new PassageRecord(
                passage,
                source,
                SentenceTerms(passage, text),
                TermCounts.Of(CollectionsMarshal.AsSpan(leadIn)),
                titleTerms,
                TermCounts.Of(CollectionsMarshal.AsSpan(context)));
            var doc = NewDocument(article.File);
            doc.Add(new ReplayedField(S.Text, text, Searched));
            doc.Add(new ReplayedField(S.Title, title, Searched));
            if (context.Count > 0)
            {
                doc.Add(new ReplayedField(S.Context, context, Searched));
            }

            foreach (var year in YearReferences.Find(passage.Text, metadata.Published?.Year))
            {
                doc.Add(new KeywordField(S.Years, year, Field.Store.NO));
            }

            if (first)
            {
                AddArticleFields(doc, indexed, source, record);
            }
            else
            {
                BinaryValues.Add(doc, S.Record, record.EncodeToBytesRef());
            }

            yield return doc;
        }

        if (indexed.Passages.Count == 0)
        {
            var doc = NewDocument(article.File);
            AddArticleFields(doc, indexed, source, passageRecord: null);
            yield return doc;
        }
    }

    /// <summary>
    /// What every document of an article holds: its file. Not a group value: a document without one reads
    /// as 0, alone and canonical, which regrouping updates when the article joins a group; an added doc value
    /// costs Lucene.Net several microseconds (it measures its writer's memory by reflection each time), and
    /// holds the writer's memory until the flush.
    /// </summary>
    private static Document NewDocument(string file) => new()
    {
        new KeywordField(S.File, file, Field.Store.NO),
    };

    /// <summary>The parts' tokens one after the other, each part's positions after the one before.</summary>
    private static List<IndexToken> Concat(List<IndexToken> first, List<IndexToken> second, List<IndexToken> third)
    {
        // Most passages have one part or none: that part is the whole context as it is.
        if ((first.Count > 0 ? 1 : 0) + (second.Count > 0 ? 1 : 0) + (third.Count > 0 ? 1 : 0) <= 1)
        {
            return first.Count > 0 ? first : second.Count > 0 ? second : third;
        }

        var joined = new List<IndexToken>(first.Count + second.Count + third.Count);
        foreach (var part in (ReadOnlySpan<List<IndexToken>>)[first, second, third])
        {
            var offset = joined.Count == 0 ? 0 : joined[^1].Position + 1;
            foreach (var token in part)
            {
                joined.Add(token with { Position = token.Position + offset });
            }
        }

        return joined;
    }

    /// <summary>The terms of each sentence, from the tokens of the whole passage.</summary>
    private static TermCounts[] SentenceTerms(Passage passage, List<IndexToken> tokens)
    {
        var terms = new TermCounts[passage.Sentences.Count];
        var token = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            var end = i == terms.Length - 1 ? int.MaxValue : passage.Sentences[i].End;
            var first = token;
            while (token < tokens.Count && tokens[token].Start < end)
            {
                token++;
            }

            terms[i] = TermCounts.Of(CollectionsMarshal.AsSpan(tokens)[first..token]);
        }

        return terms;
    }

    /// <summary>
    /// What the article's first document holds for the whole article: the first passage's record with the
    /// article's after it in one value, or the article's alone for an article without passages.
    /// </summary>
    private static void AddArticleFields(Document doc, IndexedArticle indexed, SourceInfo source, PassageRecord? passageRecord)
    {
        doc.Add(new KeywordField(S.Kind, S.ArticleKind, Field.Store.NO));
        if (passageRecord is not null)
        {
            BinaryValues.Add(doc, S.Record, passageRecord.EncodeWithArticle(indexed, source));
        }
        else
        {
            BinaryValues.Add(doc, S.Article, ArticleRecord.Encode(indexed, source));
        }
    }

    private static string? IsoDate(ArticleMetadata metadata) => metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Lead(IReadOnlyList<ArticleBlock> blocks)
    {
        var lead = new StringBuilder();
        var words = 0;
        foreach (var block in blocks.Where(b => b.Kind == BlockKind.Paragraph))
        {
            lead.Append(block.Text).Append('\n');
            words += WordCount.Of(block.Text);
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
}
