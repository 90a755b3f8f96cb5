using QaBot.Core.Analysis;
using QaBot.Core.Search;

namespace QaBot.Core.Tests.Search;

public sealed class QuestionParserTests
{
    private readonly QuestionParser _parser = new(new QaBotAnalyzer());

    [Fact]
    public void Parse_QuestionWords_AreNotContent()
    {
        var parsed = _parser.Parse("How many internet users did China have at the end of 2020?");
        Assert.Equal(["internet", "user", "china", "end", "2020"], parsed.Terms);
    }

    [Theory]
    [InlineData("What was growth in 5.9 percent terms?", "5.9")]
    [InlineData("Sales of 1,000 units", "1,000")]
    [InlineData("in 2020", "2020")]
    public void Parse_NumbersAndYears_StayWhole(string question, string number)
    {
        Assert.Contains(number, _parser.Parse(question).Terms);
    }

    [Theory]
    [InlineData("How many people live there?", QuestionKind.Quantity)]
    [InlineData("What percentage of villages have access?", QuestionKind.Quantity)]
    [InlineData("Who heads the academy?", QuestionKind.Person)]
    [InlineData("Where was the forum held?", QuestionKind.Place)]
    [InlineData("When did the plant open?", QuestionKind.Time)]
    [InlineData("Explain the report", QuestionKind.Other)]
    [InlineData("alibaba cloud revenue growth", QuestionKind.Quantity)]
    [InlineData("Vitamin D supplements lower the mortality rate of older adults with heart failure", QuestionKind.Other)]
    public void KindOf_QuestionWords_GiveTheAnswerKind(string question, QuestionKind kind)
    {
        Assert.Equal(kind, QuestionParser.KindOf(question));
    }

    [Fact]
    public void Parse_VeryLongQuestion_KeepsAtMostMaxTermsDistinctTerms()
    {
        var question = string.Join(' ', Enumerable.Range(0, 5000).Select(i => "term" + i));
        Assert.Equal(64, _parser.Parse(question).Terms.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?!?...")]
    [InlineData("what is the")]
    [InlineData("AND OR NOT")]
    public void Parse_NoContent_IsEmpty(string question)
    {
        Assert.True(_parser.Parse(question).IsEmpty);
    }
}
