using QaBot.Core.Corpus;

namespace QaBot.Core.Tests.Corpus;

public class ArticleReadResultTests
{
    private static readonly CleanArticle Article = new("a.txt", ArticleMetadata.Empty, [new ArticleBlock(BlockKind.Paragraph, "Text.")], 0);

    [Fact]
    public void Read_Article_IsNotSkipped()
    {
        var result = ArticleReadResult.Read(Article);

        Assert.False(result.IsSkipped);
        Assert.Same(Article, result.Article);
        Assert.Null(result.SkipReason);
    }

    [Fact]
    public void Skip_Reason_IsSkipped()
    {
        var result = ArticleReadResult.Skip("empty file");

        Assert.True(result.IsSkipped);
        Assert.Null(result.Article);
        Assert.Equal("empty file", result.SkipReason);
    }

    [Fact]
    public void Constructor_BothOrNeither_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ArticleReadResult(null, null));
        Assert.Throws<ArgumentException>(() => new ArticleReadResult(Article, "why"));
    }

    [Fact]
    public void DisplayTitle_WithTitle_IsTheTitle()
    {
        Assert.Equal("Headline", (Article with { Metadata = ArticleMetadata.Empty with { Title = "Headline" } }).DisplayTitle);
        Assert.Equal("b", (Article with { File = "x/y/b.md" }).DisplayTitle);
    }
}
