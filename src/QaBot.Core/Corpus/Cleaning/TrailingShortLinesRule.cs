namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Drops short unpunctuated lines left at the very end: place tags ("Hangzhou Zhejiang"), a lone byline name,
/// the last teaser of a list. A subhead needs text after it, and a story does not end on a fragment.
/// </summary>
internal sealed class TrailingShortLinesRule : ICleaningRule
{
    public void Apply(ArticleDraft draft)
    {
        var lines = draft.Lines;
        while (lines.Count > 0 && lines[^1].Kind != LineKind.ListItem && LineShape.IsTitleLike(lines[^1].Text))
        {
            lines.RemoveAt(lines.Count - 1);
            draft.CountNoise();
        }
    }
}
