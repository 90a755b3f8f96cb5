namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Moves byline and "Updated:" lines out of the body into the metadata. They are structure, not junk,
/// so they cost no noise marker. The first byline wins when there are several.
/// </summary>
internal sealed class BylineRule : ICleaningRule
{
    public void Apply(ArticleDraft draft) => draft.Lines.RemoveAll(line =>
    {
        var byline = BylineParser.TryParse(line.Text);
        if (byline is null)
        {
            return false;
        }

        draft.Metadata.OfferAuthor(byline.Author);
        draft.Metadata.OfferPublisher(byline.Publisher);
        draft.Metadata.OfferPublished(byline.DateText);
        return true;
    });
}
