using System.Text;
using QaBot.Core.Corpus;

namespace QaBot.Core.Tests.Corpus.Formats;

public class HtmlFormatTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Internet plays key role in virus battle - China Daily</title>
          <meta property="og:title" content="Internet plays key role in virus battle">
          <meta property="og:site_name" content="China Daily">
          <meta property="og:url" content="https://example.com/a/202102/04/1.html">
          <meta property="article:published_time" content="2021-02-04T09:06:00+08:00">
          <meta name="author" content="Zhang Yangfei">
          <style>p { color: red; }</style>
          <script>var tracking = "Read this sentence.";</script>
        </head>
        <body>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/china">China</a></li></ul></nav>
          <header><p>Global Edition</p></header>
          <article>
            <header><h1>Internet plays key role in virus battle</h1></header>
            <h1>Internet plays key role in virus battle</h1>
            <figure><img src="a.jpg"><figcaption>Medical experts hold consultations. [Photo/Xinhua]</figcaption></figure>
            <p>China's health QR code has facilitated the free movement of
               900 million people&nbsp;during the pandemic.</p>
            <h2>Online education</h2>
            <p>There were 342 million people using <a href="/edu">online education</a> services.</p>
            <ul>
              <li>Remote work reached 346 million users.</li>
              <li>Telemedicine covers all poor counties.</li>
            </ul>
            <script>document.write("no");</script>
            <aside><p>Related: another story entirely.</p></aside>
            <ul class="related">
              <li><a href="/1">Fire brigade holds group wedding</a></li>
              <li><a href="/2">Tourists enjoy ice sculptures</a></li>
              <li><a href="/3">Harbin attracts tourists</a></li>
            </ul>
            <footer>Copyright 1995 - 2021. All rights reserved.</footer>
          </article>
          <footer><p>Contact us</p></footer>
        </body>
        </html>
        """;

    private static CleanArticle Read(string html, string file = "web/story.html")
    {
        var result = new ArticleReader().Parse(file, Encoding.UTF8.GetBytes(html));
        Assert.False(result.IsSkipped, result.SkipReason);
        return result.Article;
    }

    [Fact]
    public void Parse_NewsPage_ReadsOpenGraphMetadata()
    {
        var article = Read(Page);

        Assert.Equal(
            new ArticleMetadata(
                "Internet plays key role in virus battle",
                "China Daily",
                "Zhang Yangfei",
                new DateOnly(2021, 2, 4),
                "2021-02-04T09:06:00+08:00",
                "https://example.com/a/202102/04/1.html"),
            article.Metadata);
    }

    [Fact]
    public void Parse_NewsPage_KeepsArticleTextAndDropsFurniture()
    {
        var article = Read(Page, "web/STORY.HTM");

        Assert.Equal(
            [
                new ArticleBlock(BlockKind.Paragraph, "China's health QR code has facilitated the free movement of 900 million people during the pandemic."),
                new ArticleBlock(BlockKind.Heading, "Online education"),
                new ArticleBlock(BlockKind.Paragraph, "There were 342 million people using online education services."),
                new ArticleBlock(BlockKind.Paragraph, "Remote work reached 346 million users."),
                new ArticleBlock(BlockKind.Paragraph, "Telemedicine covers all poor counties."),
            ],
            article.Blocks);

        // Inside <article>: header, figcaption, aside and footer (4), and the three link-only related items.
        Assert.Equal(7, article.NoiseMarkers);
    }

    [Fact]
    public void Parse_PageWithoutArticleOrOpenGraph_UsesMainTitleAndCanonicalLink()
    {
        var article = Read("""
            <html><head><title>Budget rises</title><link rel="canonical" href="https://example.com/budget"></head>
            <body><div>Menu text outside main.</div><main><p>The budget rose by 5 percent.</p><p>It is a record &amp; more.</p></main></body></html>
            """);

        Assert.Equal(new ArticleMetadata("Budget rises", null, null, null, null, "https://example.com/budget"), article.Metadata);
        Assert.Equal(["The budget rose by 5 percent.", "It is a record & more."], article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Parse_BodyOnlyWithLooseTextAndBreaks_SplitsIntoParagraphs()
    {
        var article = Read("<body>First paragraph of loose text.<br><br>Second paragraph, <b>bold</b> part.<div>Third one here.</div></body>");

        Assert.Equal(
            ["First paragraph of loose text.", "Second paragraph, bold part.", "Third one here."],
            article.Blocks.Select(b => b.Text));
        Assert.Null(article.Metadata.Title);
    }

    [Fact]
    public void Parse_PageWithOnlyFurniture_IsSkipped()
    {
        var result = new ArticleReader().Parse("empty.html", Encoding.UTF8.GetBytes("<html><body><nav>Home</nav><script>x()</script></body></html>"));

        Assert.Equal(ArticleReadResult.Skip("nothing left after cleaning"), result);
    }
}
