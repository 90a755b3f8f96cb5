using QaBot.Core.Text;

namespace QaBot.Core.Tests.Text;

/// <summary>Passages and their sentence spans are stored in the index: the splitter must cut where the reference does.</summary>
public sealed class SentenceSplitterEquivalenceTests
{
    [Fact]
    public void Split_RandomTexts_GivesTheReferenceSpans()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 50000; i++)
        {
            var text = RandomProse.Next(random);
            Assert.True(SentenceSplitterReference.Split(text).SequenceEqual(SentenceSplitter.Split(text)), text);
        }
    }

    [Fact]
    public void Split_SeedParagraphs_GivesTheReferenceSpans()
    {
        var paragraphs = RandomProse.SeedParagraphs().ToList();

        Assert.NotEmpty(paragraphs);
        Assert.All(paragraphs, p => Assert.Equal(SentenceSplitterReference.Split(p), SentenceSplitter.Split(p)));
        var body = string.Join(' ', paragraphs);
        Assert.Equal(SentenceSplitterReference.Split(body), SentenceSplitter.Split(body));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("...")]
    [InlineData("?! ")]
    [InlineData(" . A")]
    [InlineData("A.B. C")]
    [InlineData("It ended.\" \"Then")]
    [InlineData("Mr. Smith left. Dr. Who")]
    [InlineData("On Jan. 5 and in Jan. Then")]
    [InlineData("Ends here…")]
    [InlineData("Ends here.\u00A0中国")]
    public void Split_EdgeCases_GivesTheReferenceSpans(string text)
    {
        Assert.Equal(SentenceSplitterReference.Split(text), SentenceSplitter.Split(text));
    }

    [Fact]
    public void Split_IntoAListHoldingSpans_AppendsAfterThem()
    {
        var spans = new List<TextSpan> { new(100, 1) };
        SentenceSplitter.Split("One. Two.", spans);

        Assert.Equal([new TextSpan(100, 1), new TextSpan(0, 4), new TextSpan(5, 4)], spans);
    }
}
