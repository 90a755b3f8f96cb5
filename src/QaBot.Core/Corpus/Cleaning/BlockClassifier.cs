namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Turns cleaned lines into blocks. Explicit headings stay headings; a short unpunctuated plain line with text
/// after it is a subhead ("E-commerce in rural areas"); everything else is a paragraph.
/// </summary>
internal static class BlockClassifier
{
    public static IReadOnlyList<ArticleBlock> Classify(IReadOnlyList<SourceLine> lines)
    {
        var blocks = new List<ArticleBlock>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var heading = line.Kind == LineKind.Heading
                || (line.Kind == LineKind.Plain && i + 1 < lines.Count && LineShape.IsHeadingLike(line.Text));
            blocks.Add(new ArticleBlock(heading ? BlockKind.Heading : BlockKind.Paragraph, line.Text));
        }

        return blocks.AsReadOnly();
    }
}
