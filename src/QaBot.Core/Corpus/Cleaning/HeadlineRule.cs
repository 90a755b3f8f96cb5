namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Finds the headline among the short lines before the first sentence (the header), moves it to the metadata
/// and drops section labels there ("Society"). With no title known yet, the headline is the first header line
/// when the format marked it a heading, or when the header holds at most two candidates; a longer header is a
/// menu, not a headline, and nothing is guessed. With a title already known (front matter, HTML meta) a first
/// header line repeating it is dropped. Moving the headline costs no noise marker; a section label costs one.
/// </summary>
internal sealed class HeadlineRule : ICleaningRule
{
    private const int MaxSectionLabelWords = 2;
    private const int MinHeadlineWords = 3;
    private const int MaxUnambiguousCandidates = 2;

    public void Apply(ArticleDraft draft)
    {
        var header = draft.Lines.FindIndex(line => !IsHeaderLine(line));
        var headerEnd = header < 0 ? draft.Lines.Count : header;

        for (var i = headerEnd - 1; i >= 0; i--)
        {
            if (IsSectionLabel(draft.Lines[i]))
            {
                draft.Lines.RemoveAt(i);
                draft.CountNoise();
                headerEnd--;
            }
        }

        if (headerEnd == 0)
        {
            return;
        }

        var first = draft.Lines[0];
        if (draft.Metadata.Title is { } title)
        {
            if (string.Equals(first.Text, title, StringComparison.OrdinalIgnoreCase))
            {
                draft.Lines.RemoveAt(0);
            }

            return;
        }

        var explicitHeading = first.Kind == LineKind.Heading;
        var unambiguous = headerEnd <= MaxUnambiguousCandidates && first.Kind == LineKind.Plain
            && LineShape.CountWords(first.Text) >= MinHeadlineWords;
        if (explicitHeading || unambiguous)
        {
            draft.Metadata.OfferTitle(first.Text);
            draft.Lines.RemoveAt(0);
        }
    }

    private static bool IsHeaderLine(SourceLine line) =>
        (line.Kind is LineKind.Plain or LineKind.Heading) && LineShape.IsTitleLike(line.Text);

    private static bool IsSectionLabel(SourceLine line) =>
        line.Kind == LineKind.Plain && LineShape.CountWords(line.Text) <= MaxSectionLabelWords;
}
