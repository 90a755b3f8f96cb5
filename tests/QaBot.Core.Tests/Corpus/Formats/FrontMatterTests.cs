using System.Text;
using QaBot.Core.Corpus;

namespace QaBot.Core.Tests.Corpus.Formats;

public class FrontMatterTests
{
    private static ArticleReadResult Parse(string text, string file = "news/story.md") =>
        new ArticleReader().Parse(file, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Parse_GoodFrontMatter_FillsMetadataAndLeavesBody()
    {
        var result = Parse("""
            ---
            title: "Internet plays key role"
            publisher: China Daily
            author: Zhang Yangfei
            published: 2021-02-04
            url: https://example.com/a/1
            ---
            Internet plays key role

            The report said the internet has played a key role.
            """, "story.txt");

        Assert.False(result.IsSkipped);
        Assert.Equal(
            new ArticleMetadata("Internet plays key role", "China Daily", "Zhang Yangfei", new DateOnly(2021, 2, 4), "2021-02-04", "https://example.com/a/1"),
            result.Article.Metadata);
        Assert.Equal([new ArticleBlock(BlockKind.Paragraph, "The report said the internet has played a key role.")], result.Article.Blocks);
        Assert.Equal(0, result.Article.NoiseMarkers);
    }

    [Fact]
    public void Parse_FrontMatterWithListAndDateAlias_JoinsAuthorsAndReadsDate()
    {
        var result = Parse("""
            ---
            Title: Budget rises
            author:
              - Jane Roe
              - John Doe
            date: November 24
            ---
            The budget rose by 5 percent.
            """);

        Assert.Equal(new ArticleMetadata("Budget rises", null, "Jane Roe, John Doe", null, "November 24", null), result.Article!.Metadata);
    }

    [Fact]
    public void Parse_FrontMatterDoesNotOverrideItself_TextBylineOnlyFillsGaps()
    {
        var result = Parse("""
            ---
            title: Budget rises
            publisher: Daily Planet
            ---
            By JANE ROE | Other Paper | Updated: 2021-02-04 09:06

            The budget rose by 5 percent.
            """);

        Assert.Equal(new ArticleMetadata("Budget rises", "Daily Planet", "Jane Roe", new DateOnly(2021, 2, 4), "2021-02-04 09:06", null), result.Article!.Metadata);
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\nauthor: x\n---\nThe budget rose by 5 percent.\n")]
    [InlineData("---\njust a scalar, not a mapping\n---\nThe budget rose by 5 percent.\n")]
    [InlineData("---\ntitle: a\ntitle: b\n---\nThe budget rose by 5 percent.\n")]
    public void Parse_BrokenFrontMatter_IsIgnoredAndCountedAsNoise(string text)
    {
        var result = Parse(text);

        Assert.False(result.IsSkipped);
        Assert.Equal(ArticleMetadata.Empty, result.Article.Metadata);
        Assert.Equal([new ArticleBlock(BlockKind.Paragraph, "The budget rose by 5 percent.")], result.Article.Blocks);
        Assert.Equal(1, result.Article.NoiseMarkers);
    }

    [Fact]
    public void Parse_OpeningDashesWithoutClosingLine_IsNotFrontMatter()
    {
        var result = Parse("---\nThe budget rose by 5 percent.\nIt was a record.\n", "story.txt");

        Assert.Equal(["The budget rose by 5 percent.", "It was a record."], result.Article!.Blocks.Select(b => b.Text));
        // The lone "---" line is decoration.
        Assert.Equal(1, result.Article.NoiseMarkers);
    }

    [Fact]
    public void Parse_EmptyFrontMatter_IsNeitherMetadataNorNoise()
    {
        var result = Parse("---\n---\nThe budget rose by 5 percent.\n");

        Assert.Equal(ArticleMetadata.Empty, result.Article!.Metadata);
        Assert.Equal(0, result.Article.NoiseMarkers);
    }
}
