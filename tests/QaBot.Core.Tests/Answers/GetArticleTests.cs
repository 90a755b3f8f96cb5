using System.Globalization;
using QaBot.Core.Answers;
using QaBot.Core.Corpus;
using QaBot.Core.Indexing;
using QaBot.Core.Passages;
using QaBot.Core.Tests.TestSupport;

namespace QaBot.Core.Tests.Answers;

/// <summary>
/// <see cref="AnswerService.GetArticle"/> reads the article's record: the view must be the cleaned
/// article, every heading and paragraph in order, however the passages cut it and however long it is.
/// </summary>
public sealed class GetArticleTests : IDisposable
{
    private const string Council = "council.md";
    private const string FrontMatter = """
        ---
        title: Council approves the river plan
        publisher: Valley Times
        published: 2023-02-14
        url: https://example.com/council
        ---

        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A paragraph of distinct sentences of about twelve words each.</summary>
    private static string Paragraph(string topic, int sentences) =>
        string.Join(' ', Enumerable.Range(1, sentences).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $"Report {i} on the {topic} says the council met {i + 2} times and heard {i * 11} residents.")));

    /// <summary>Indexes the article and returns its cleaned blocks, its passages and the service's view of it.</summary>
    private (IReadOnlyList<ArticleBlock> Blocks, IReadOnlyList<Passage> Passages, ArticleView? View) IndexAndView(string body)
    {
        var path = _folder.Write(Council, FrontMatter + body);
        _folder.Write("volcano.md", Articles.Volcano);
        new CorpusIndexer(new IndexerOptions { CorpusPath = _folder.Corpus, IndexPath = _folder.Index }).Run(rebuild: false);
        var read = new ArticleReader().Read(path, Council);
        Assert.False(read.IsSkipped, read.SkipReason);
        using var service = new AnswerService(_folder.Index);
        return (read.Article.Blocks, new PassageBuilder().Build(read.Article.Blocks), service.GetArticle(Council));
    }

    [Fact]
    public void GetArticle_SubHeadingsAndParagraphsOverSeveralPassages_ShowsTheCleanedBlocksInOrder()
    {
        var body = string.Join(
            "\n\n",
            Paragraph("lead", 3),
            "## Flood defences",
            Paragraph("levees", 4),
            Paragraph("pumps", 2),
            Paragraph("gates", 5),
            "## Costs and funding",
            Paragraph("budget", 6),
            Paragraph("grants", 1),
            "## What happens next",
            Paragraph("timetable", 3));

        var (blocks, passages, view) = IndexAndView(body);

        Assert.InRange(passages.Count, 4, 12);
        Assert.Equal(3, blocks.Count(b => b.Kind == BlockKind.Heading));
        Assert.NotNull(view);
        Assert.Equal(new SourceInfo(Council, "Council approves the river plan", "Valley Times", "2023-02-14", "https://example.com/council"), view.Source);
        Assert.Equal(blocks.Select(b => b.Text), view.Paragraphs);
    }

    [Fact]
    public void GetArticle_ParagraphLongerThanOnePassage_ShowsItAsOneParagraph()
    {
        // Sixteen sentences (some 200 words) are cut between sentences into two passages.
        var body = string.Join("\n\n", Paragraph("lead", 2), "## The long report", Paragraph("hearing", 16), Paragraph("vote", 3));

        var (blocks, passages, view) = IndexAndView(body);

        Assert.Equal(2, passages.Count(p => p.Text.Contains("on the hearing", StringComparison.Ordinal)));
        Assert.NotNull(view);
        Assert.Equal(blocks.Select(b => b.Text), view.Paragraphs);
    }

    [Fact]
    public void GetArticle_SubHeadingWithNothingUnderIt_StillShowsIt()
    {
        var body = string.Join("\n\n", Paragraph("lead", 4), "## Background", "## The vote", Paragraph("vote", 4));

        var (blocks, _, view) = IndexAndView(body);

        Assert.Equal(["Background", "The vote"], blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text));
        Assert.NotNull(view);
        Assert.Equal(blocks.Select(b => b.Text), view.Paragraphs);
    }

    [Fact]
    public void GetArticle_TwoSectionsWithTheSameSubHeading_ShowsBothHeadings()
    {
        var body = string.Join("\n\n", Paragraph("lead", 4), "## Update", Paragraph("morning", 4), "## Update", Paragraph("evening", 4));

        var (blocks, _, view) = IndexAndView(body);

        Assert.Equal(["Update", "Update"], blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text));
        Assert.NotNull(view);
        Assert.Equal(blocks.Select(b => b.Text), view.Paragraphs);
    }

    [Fact]
    public void GetArticle_ArticleOf60KB_ShowsEveryParagraphFromItsRecord()
    {
        // Some 60 KB of text: more than a binary doc value could hold, which once kept records.
        var body = string.Join("\n\n", Enumerable.Range(1, 60).Select(i => Paragraph("section " + i.ToString(CultureInfo.InvariantCulture), 12)));

        var (blocks, _, view) = IndexAndView(body);

        Assert.True(blocks.Sum(b => b.Text.Length) > 32766);
        Assert.NotNull(view);
        Assert.Equal(new SourceInfo(Council, "Council approves the river plan", "Valley Times", "2023-02-14", "https://example.com/council"), view.Source);
        Assert.Equal(blocks.Select(b => b.Text), view.Paragraphs);
    }

    [Fact]
    public void GetArticle_UnknownFile_ReturnsNull()
    {
        IndexAndView(Paragraph("lead", 4));
        using var service = new AnswerService(_folder.Index);

        Assert.Null(service.GetArticle("missing.md"));
        Assert.NotNull(service.GetArticle("volcano.md"));
    }
}
