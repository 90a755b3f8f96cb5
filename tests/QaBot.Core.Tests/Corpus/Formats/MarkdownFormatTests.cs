using System.Text;
using QaBot.Core.Corpus;
using QaBot.Core.Corpus.Formats;

namespace QaBot.Core.Tests.Corpus.Formats;

public class MarkdownFormatTests
{
    private static CleanArticle Read(string markdown)
    {
        var result = new ArticleReader().Parse("notes/story.markdown", Encoding.UTF8.GetBytes(markdown));
        Assert.False(result.IsSkipped, result.SkipReason);
        return result.Article;
    }

    [Fact]
    public void Parse_MarkdownArticle_StripsMarkupToBlocks()
    {
        var article = Read("""
            # Internet plays *key* role

            The **report** said the [internet](https://example.com/net) has played
            a `key` role in _pandemic_ control. ![chart](chart.png)

            ## Key figures

            - 989 million users by ~~November~~ December.
            1. 70.4 percent penetration, up 5.9 points.

            > Quoted text from the report, in full.

            ```
            var x = a_b * c_d;
            ```

            ***
            [ref]: https://example.com
            """);

        Assert.Equal("Internet plays key role", article.Metadata.Title);
        Assert.Equal(
            [
                new ArticleBlock(BlockKind.Paragraph, "The report said the internet has played a key role in pandemic control."),
                new ArticleBlock(BlockKind.Heading, "Key figures"),
                new ArticleBlock(BlockKind.Paragraph, "989 million users by November December."),
                new ArticleBlock(BlockKind.Paragraph, "70.4 percent penetration, up 5.9 points."),
                new ArticleBlock(BlockKind.Paragraph, "Quoted text from the report, in full."),
                new ArticleBlock(BlockKind.Paragraph, "var x = a_b * c_d;"),
            ],
            article.Blocks);
        Assert.Equal(0, article.NoiseMarkers);
    }

    [Fact]
    public void Parse_SetextHeading_IsAHeading()
    {
        var article = Read("Budget news\n===========\n\nThe budget rose.\n\nDetails\n-------\n\nIt rose by 5 percent.\n");

        Assert.Equal("Budget news", article.Metadata.Title);
        Assert.Equal(
            [new ArticleBlock(BlockKind.Paragraph, "The budget rose."), new ArticleBlock(BlockKind.Heading, "Details"), new ArticleBlock(BlockKind.Paragraph, "It rose by 5 percent.")],
            article.Blocks);
    }

    [Fact]
    public void Parse_ListOfLinksAfterTheStory_IsDroppedAsRelatedStories()
    {
        var article = Read("""
            The budget rose by 5 percent, the ministry said.

            - [Fire brigade holds group wedding](https://example.com/1)
            - [Tourists enjoy ice sculptures](https://example.com/2)
            - [Sunset scenery of Dayan Pagoda](https://example.com/3)
            """);

        Assert.Equal([new ArticleBlock(BlockKind.Paragraph, "The budget rose by 5 percent, the ministry said.")], article.Blocks);
        Assert.Equal(3, article.NoiseMarkers);
    }

    [Theory]
    [InlineData("**bold** and __strong__", "bold and strong")]
    [InlineData("*em* and _em_ but snake_case_name stays", "em and em but snake_case_name stays")]
    [InlineData("a [link](http://x.com \"t\") and [ref][1]", "a link and ref")]
    [InlineData("see <https://cnnic.cn>", "see https://cnnic.cn")]
    [InlineData("escaped \\*stars\\* and 5 \\* 3", "escaped *stars* and 5 * 3")]
    [InlineData("image ![alt text](a.png) gone", "image gone")]
    public void StripInline_Markup_LeavesText(string markdown, string expected)
    {
        Assert.Equal(expected, MarkdownFormat.StripInline(markdown));
    }
}
