using QaBot.Core.Corpus;
using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

public class BlockClassifierTests
{
    [Fact]
    public void Classify_ShortLineBetweenParagraphs_IsHeading()
    {
        var blocks = BlockClassifier.Classify([new("A paragraph."), new("E-commerce in rural areas"), new("Another paragraph.")]);

        Assert.Equal(
            [new ArticleBlock(BlockKind.Paragraph, "A paragraph."), new ArticleBlock(BlockKind.Heading, "E-commerce in rural areas"), new ArticleBlock(BlockKind.Paragraph, "Another paragraph.")],
            blocks);
    }

    [Fact]
    public void Classify_LongUnpunctuatedLine_IsParagraph()
    {
        var blocks = BlockClassifier.Classify([new("Report highlights health codes, surge in online education and remote work"), new("Text.")]);

        Assert.Equal(BlockKind.Paragraph, blocks[0].Kind);
    }

    [Fact]
    public void Classify_ExplicitHeadingAndListItems_KeepTheirRoles()
    {
        var blocks = BlockClassifier.Classify([new("Findings", LineKind.Heading), new("More users", LineKind.ListItem), new("Fewer offline", LineKind.ListItem)]);

        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.Paragraph], blocks.Select(b => b.Kind));
    }
}
