namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Metadata being gathered. Sources run from most to least trusted (front matter or HTML meta, then byline,
/// then dateline, then headline), so every setter keeps the first value it was given.
/// </summary>
internal sealed class MetadataDraft
{
    public string? Title { get; private set; }

    public string? Publisher { get; private set; }

    public string? Author { get; private set; }

    public DateOnly? Published { get; private set; }

    public string? PublishedText { get; private set; }

    public string? Url { get; private set; }

    public void OfferTitle(string? value) => Title ??= Clean(value);

    public void OfferPublisher(string? value) => Publisher ??= Clean(value);

    public void OfferAuthor(string? value) => Author ??= Clean(value);

    public void OfferUrl(string? value) => Url ??= Clean(value);

    /// <summary>Takes a date as written; the parsed date comes with it, so the two always describe the same date.</summary>
    public void OfferPublished(string? text)
    {
        var written = Clean(text);
        if (written is null || PublishedText is not null)
        {
            return;
        }

        PublishedText = written;
        Published = DateText.TryParse(written, out var date) ? date : null;
    }

    public ArticleMetadata ToMetadata() => new(Title, Publisher, Author, Published, PublishedText, Url);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
