using QaBot.Core.Corpus.Cleaning;
using QaBot.Core.Corpus.Decoding;

namespace QaBot.Core.Corpus.Formats;

/// <summary>Turns decoded text into the lines and metadata the cleaning rules work on, by format.</summary>
internal static class ArticleDraftBuilder
{
    // "date" is accepted beside "published" because static site generators (Jekyll, Hugo) write it.
    private static readonly (string Key, Action<MetadataDraft, string> Offer)[] FrontMatterKeys =
    [
        ("title", (m, v) => m.OfferTitle(v)),
        ("publisher", (m, v) => m.OfferPublisher(v)),
        ("author", (m, v) => m.OfferAuthor(v)),
        ("published", (m, v) => m.OfferPublished(v)),
        ("date", (m, v) => m.OfferPublished(v)),
        ("url", (m, v) => m.OfferUrl(v)),
    ];

    public static ArticleDraft Build(ArticleFormat format, string decodedText)
    {
        if (format == ArticleFormat.Html)
        {
            return HtmlFormat.Read(decodedText);
        }

        // The byte order mark may survive decoding as U+FEFF; front matter must start on the first character.
        var frontMatter = FrontMatterReader.Split(decodedText.TrimStart('\uFEFF').ReplaceLineEndings("\n"));
        var metadata = new MetadataDraft();
        foreach (var (key, offer) in FrontMatterKeys)
        {
            if (frontMatter.Values.TryGetValue(key, out var value))
            {
                offer(metadata, TextNormalizer.NormalizeLine(value));
            }
        }

        var body = TextNormalizer.Normalize(frontMatter.Body);
        var lines = format == ArticleFormat.Markdown ? MarkdownFormat.Lines(body) : PlainTextFormat.Lines(body);
        return new ArticleDraft(lines, metadata, frontMatter.Broken ? 1 : 0);
    }
}
