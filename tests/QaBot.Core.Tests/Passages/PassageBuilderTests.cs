using QaBot.Core.Corpus;
using QaBot.Core.Passages;
using QaBot.Core.Text;

namespace QaBot.Core.Tests.Passages;

public sealed class PassageBuilderTests
{
    private static ArticleBlock Paragraph(int words, string word = "word") =>
        new(BlockKind.Paragraph, string.Join(' ', Enumerable.Repeat(word, words)) + ".");

    [Fact]
    public void Build_ShortParagraphs_AreMergedUntilMinWords()
    {
        var builder = new PassageBuilder(new PassageOptions { MinWords = 40, MaxWords = 120 });
        var passages = builder.Build([Paragraph(15), Paragraph(15), Paragraph(15), Paragraph(15)]);

        Assert.Equal(2, passages.Count);
        Assert.Equal([45, 15], passages.Select(p => WordCount.Of(p.Text)));
        Assert.Equal(3, passages[0].Sentences.Count);
    }

    [Fact]
    public void Build_LongParagraph_IsCutBetweenSentencesNeverInside()
    {
        var sentences = Enumerable.Range(1, 10).Select(i => $"Sentence number {i} has exactly eight words in it.");
        var paragraph = new ArticleBlock(BlockKind.Paragraph, string.Join(' ', sentences));
        var passages = new PassageBuilder(new PassageOptions { MinWords = 10, MaxWords = 30 }).Build([paragraph]);

        Assert.All(passages, p => Assert.True(WordCount.Of(p.Text) <= 30));
        Assert.Equal(string.Join(' ', sentences), string.Join(' ', passages.Select(p => p.Text)));
        Assert.All(passages.SelectMany(p => Enumerable.Range(0, p.Sentences.Count).Select(p.SentenceText)), s => Assert.EndsWith("in it.", s));
    }

    [Fact]
    public void Build_HeadingStartsNewPassage_AndBecomesItsSection()
    {
        var blocks = new[] { Paragraph(10), new ArticleBlock(BlockKind.Heading, "Company news"), Paragraph(10, "alibaba") };
        var passages = new PassageBuilder().Build(blocks);

        Assert.Equal(2, passages.Count);
        Assert.Null(passages[0].Section);
        Assert.Equal("Company news", passages[1].Section);
        Assert.StartsWith("alibaba", passages[1].Text);
        Assert.Equal([0, 1], passages.Select(p => p.Ordinal));
    }

    [Theory]
    [InlineData("One here. Two here? Three here!", "One here. Two here? Three here!", 3)]
    [InlineData("One here.  Two here.\tThree here.", "One here. Two here. Three here.", 3)]
    [InlineData(" One here.\nTwo here. ", "One here. Two here.", 2)]
    public void Build_OneParagraphPassage_IsItsSentencesOneSpaceApart(string paragraph, string text, int sentences)
    {
        var passage = Assert.Single(new PassageBuilder().Build([new ArticleBlock(BlockKind.Paragraph, paragraph)]));

        Assert.Equal(text, passage.Text);
        Assert.Equal(sentences, passage.Sentences.Count);
        Assert.Equal(text, string.Join(' ', Enumerable.Range(0, sentences).Select(passage.SentenceText)));
    }

    [Fact]
    public void Build_SentenceSpans_SelectEachSentenceOfTheMergedText()
    {
        var blocks = new[]
        {
            new ArticleBlock(BlockKind.Paragraph, "First one. Second one."),
            new ArticleBlock(BlockKind.Paragraph, "Third one."),
        };
        var passage = Assert.Single(new PassageBuilder().Build(blocks));

        Assert.Equal("First one. Second one.\nThird one.", passage.Text);
        Assert.Equal(["First one.", "Second one.", "Third one."], Enumerable.Range(0, 3).Select(passage.SentenceText));
    }

    [Fact]
    public void Build_EachPassageAfterTheFirst_CarriesThePreviousSentenceAsLeadIn()
    {
        var blocks = new[] { Paragraph(35), new ArticleBlock(BlockKind.Paragraph, "Tesla opened a factory. It cost 42 million yuan."), Paragraph(45, "more") };
        var passages = new PassageBuilder(new PassageOptions { MinWords = 40, MaxWords = 120 }).Build(blocks);

        Assert.Null(passages[0].LeadIn);
        Assert.Equal("It cost 42 million yuan.", passages[1].LeadIn);
    }

    [Fact]
    public void Build_SeedArticleParagraphs_GivesPassagesOfReadableSize()
    {
        var paragraphs = File.ReadAllLines(Path.Combine(RepoPaths.Corpus, "001_af4238c5c047417c.txt"))
            .Where(l => l.EndsWith('.'))
            .Select(l => new ArticleBlock(BlockKind.Paragraph, l))
            .ToList();
        var passages = new PassageBuilder().Build(paragraphs);

        Assert.All(passages.SkipLast(1), p => Assert.InRange(WordCount.Of(p.Text), 40, 120));
    }
}
