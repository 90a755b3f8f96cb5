namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Drops menus and related-story lists: three or more consecutive short lines without sentence punctuation
/// (or link-only items). Prose does not come in such runs; a real subhead is a single short line between
/// paragraphs and survives, as do explicit headings and list items that are more than a link.
/// </summary>
internal sealed class ShortLineRunRule : ICleaningRule
{
    public const int MinRun = 3;

    public void Apply(ArticleDraft draft)
    {
        var lines = draft.Lines;
        var i = 0;
        while (i < lines.Count)
        {
            if (!IsListLike(lines[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < lines.Count && IsListLike(lines[end]))
            {
                end++;
            }

            var run = end - i;
            if (run >= MinRun)
            {
                lines.RemoveRange(i, run);
                draft.CountNoise(run);
            }
            else
            {
                i = end;
            }
        }
    }

    private static bool IsListLike(SourceLine line) =>
        line.Kind == LineKind.LinkItem || (line.Kind == LineKind.Plain && LineShape.IsTitleLike(line.Text));
}
