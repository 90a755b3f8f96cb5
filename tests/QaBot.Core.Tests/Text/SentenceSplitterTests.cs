using QaBot.Core.Text;

namespace QaBot.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Fact]
    public void Split_PlainSentences_SplitsAtEachFullStop()
    {
        Assert.Equal(
            ["It rained. ", "Then it snowed! ", "Why?"],
            Sentences("It rained. Then it snowed! Why?").Select(s => s + (s == "Why?" ? string.Empty : " ")).ToArray());
    }

    [Theory]
    [InlineData("The U.S. President spoke on Jan. 28 in Washington.")]
    [InlineData("Growth was 5.9 percent in the third quarter.")]
    [InlineData("Mr. Zhang and Dr. Li met J. Smith at No. 5 Street.")]
    [InlineData("The firm, Acme Inc. and partners, filed on Feb. 3 at 10 a.m. local time.")]
    public void Split_AbbreviationsNumbersAndInitials_KeepOneSentence(string text)
    {
        Assert.Equal([text], Sentences(text));
    }

    [Fact]
    public void Split_QuoteClosingTheSentence_StaysWithIt()
    {
        Assert.Equal(
            ["“We are growing fast.”", "Zhang said so."],
            Sentences("“We are growing fast.” Zhang said so."));
    }

    [Fact]
    public void Split_YearBeforeFullStop_EndsTheSentence()
    {
        Assert.Equal(["Sales rose in 2020.", "They fell in 2021."], Sentences("Sales rose in 2020. They fell in 2021."));
    }

    [Fact]
    public void Split_LowerCaseAfterFullStop_DoesNotSplit()
    {
        Assert.Equal(["It cost 3 bn. yuan in total."], Sentences("It cost 3 bn. yuan in total."));
    }

    [Fact]
    public void Split_SpansPointIntoTheText_AndAreTrimmed()
    {
        var spans = SentenceSplitter.Split("  One. Two.  ");
        Assert.Equal([new TextSpan(2, 4), new TextSpan(7, 4)], spans);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Split_BlankText_ReturnsNothing(string text)
    {
        Assert.Empty(SentenceSplitter.Split(text));
    }
}
