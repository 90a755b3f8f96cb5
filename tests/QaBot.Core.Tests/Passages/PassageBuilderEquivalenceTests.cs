using QaBot.Core.Corpus;
using QaBot.Core.Passages;
using QaBot.Core.Tests.Text;

namespace QaBot.Core.Tests.Passages;

/// <summary>Passages are stored in the index: the builder must cut the passages the reference cuts, field for field.</summary>
public sealed class PassageBuilderEquivalenceTests
{
    [Fact]
    public void Build_RandomArticlesAndOptions_GivesTheReferencePassages()
    {
        var random = new Random(20261203);
        for (var i = 0; i < 5000; i++)
        {
            var blocks = RandomBlocks(random);
            var options = RandomOptions(random);
            AssertSamePassages(new PassageBuilderReference(options).Build(blocks), new PassageBuilder(options).Build(blocks));
        }
    }

    [Theory]
    [InlineData(40, 120)]
    [InlineData(1, 1)]
    [InlineData(10, 30)]
    [InlineData(int.MaxValue, int.MaxValue)]
    public void Build_SeedArticles_GivesTheReferencePassages(int minWords, int maxWords)
    {
        var options = new PassageOptions { MinWords = minWords, MaxWords = maxWords };
        foreach (var file in Directory.GetFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal))
        {
            var article = new ArticleReader().Read(file, Path.GetFileName(file)).Article!;
            AssertSamePassages(new PassageBuilderReference(options).Build(article.Blocks), new PassageBuilder(options).Build(article.Blocks));
        }

        var lines = RandomProse.SeedParagraphs().Select(p => new ArticleBlock(BlockKind.Paragraph, p)).ToList();
        AssertSamePassages(new PassageBuilderReference(options).Build(lines), new PassageBuilder(options).Build(lines));
    }

    [Fact]
    public void Build_NoBlocksOrOnlyHeadingsAndBlanks_GivesTheReferencePassages()
    {
        ArticleBlock[][] articles =
        [
            [],
            [new(BlockKind.Heading, "Only a heading")],
            [new(BlockKind.Paragraph, "   "), new(BlockKind.Heading, "Heading"), new(BlockKind.Paragraph, string.Empty)],
            [new(BlockKind.Heading, "One"), new(BlockKind.Heading, "Two"), new(BlockKind.Paragraph, "Text here. More text.")],
        ];

        Assert.All(articles, blocks => AssertSamePassages(new PassageBuilderReference().Build(blocks), new PassageBuilder().Build(blocks)));
    }

    private static void AssertSamePassages(IReadOnlyList<Passage> expected, IReadOnlyList<Passage> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Ordinal, actual[i].Ordinal);
            Assert.Equal(expected[i].Section, actual[i].Section);
            Assert.Equal(expected[i].Text, actual[i].Text);
            Assert.Equal(expected[i].Sentences, actual[i].Sentences);
            Assert.Equal(expected[i].LeadIn, actual[i].LeadIn);
            Assert.Equal(expected[i].Sentences.GetType(), actual[i].Sentences.GetType());
        }
    }

    private static ArticleBlock[] RandomBlocks(Random random) =>
        [.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => random.Next(6) == 0
            ? new ArticleBlock(BlockKind.Heading, RandomProse.Next(random, maxPieces: 5))
            : new ArticleBlock(BlockKind.Paragraph, RandomProse.Next(random, maxPieces: random.Next(3) == 0 ? 300 : 60)))];

    private static PassageOptions RandomOptions(Random random) => random.Next(4) switch
    {
        0 => new PassageOptions(),
        1 => new PassageOptions { MinWords = int.MaxValue, MaxWords = int.MaxValue },
        _ => new PassageOptions { MinWords = random.Next(1, 80), MaxWords = random.Next(1, 200) },
    };
}
