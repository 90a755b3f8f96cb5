using QaBot.Core.Analysis;
using QaBot.Core.Answers;
using QaBot.Core.Corpus;
using QaBot.Core.Passages;
using QaBot.Core.Search;

namespace QaBot.Core.Tests.Answers;

public sealed class SentencePickerTests
{
    private static readonly QaBotAnalyzer Analyzer = new();
    private readonly SentencePicker _picker = new(Analyzer);
    private readonly QuestionParser _parser = new(Analyzer);

    private static Passage PassageOf(params string[] sentences) =>
        new PassageBuilder(new PassageOptions { MinWords = int.MaxValue, MaxWords = int.MaxValue })
            .Build([new ArticleBlock(BlockKind.Paragraph, string.Join(' ', sentences))])[0];

    private string Pick(string question, Passage passage, int? year = null) =>
        passage.SentenceText(_picker.Pick(passage, _parser.Parse(question), _ => 1.0, year).Index);

    [Fact]
    public void Pick_MostQuestionWords_Wins()
    {
        var passage = PassageOf("The harbour was busy.", "Ash from the volcano covered the harbour town.", "Boats left early.");
        Assert.Equal("Ash from the volcano covered the harbour town.", Pick("What covered the harbour town?", passage));
    }

    [Fact]
    public void Pick_HowMany_PrefersTheSentenceWithTheUnitAsked()
    {
        var passage = PassageOf(
            "The health code was used by 900 million people.",
            "The health code was used more than 40 billion times.");
        Assert.Equal("The health code was used more than 40 billion times.", Pick("How many times was the health code used?", passage));
    }

    [Fact]
    public void Pick_HowMuchInvested_PrefersMoney()
    {
        var passage = PassageOf(
            "Tesla opened its Shanghai factory in August 2020 after 5 months.",
            "With an investment of 42 million yuan, the factory makes chargers.");
        Assert.Equal("With an investment of 42 million yuan, the factory makes chargers.", Pick("How much did Tesla invest in the Shanghai factory?", passage));
    }

    [Fact]
    public void Pick_HowOften_PrefersAFrequency()
    {
        var passage = PassageOf(
            "The agency's report said 70 percent of homes were online.",
            "Published twice a year, the report is widely read.");
        Assert.Equal("Published twice a year, the report is widely read.", Pick("How often is the agency's report published?", passage));
    }

    [Fact]
    public void Pick_YearAsked_MatchesLastYearInAnArticleOfTheNextYear()
    {
        var passage = PassageOf("Sales fell in 2019 across the region.", "Sales rose by a third last year across the region.");
        Assert.Equal("Sales rose by a third last year across the region.", Pick("How did sales change in 2021?", passage, year: 2022));
        Assert.Equal("Sales fell in 2019 across the region.", Pick("How did sales change in 2019?", passage, year: 2022));
    }

    [Fact]
    public void Pick_Where_PrefersTheRarerPlaceName()
    {
        var passage = PassageOf("The forum was held in China this week.", "The forum opened in Wuzhen this week.");
        var parsed = _parser.Parse("Where was the forum held?");
        var weight = SentencePicker.TermWeight(parsed, _ => 1.0);
        var terms = _picker.SentenceTerms(passage, null);

        var choice = SentencePicker.Pick(passage, parsed, weight, parsed.Total(weight), terms, rarity: word => word == "wuzhen" ? 1 : 0.1);

        Assert.Equal(1, choice.Index);
    }

    [Theory]
    [InlineData("How many times has the code been used?", "time")]
    [InlineData("How many people work remotely?", "people")]
    [InlineData("How many internet users are there?", "user")]
    [InlineData("How much did Tesla invest?", "$money")]
    [InlineData("What share of villages have access?", null)]
    [InlineData("How often does it meet?", "$frequency")]
    public void AskedUnit_ReadsTheUnitOfTheQuestion(string question, string? unit)
    {
        Assert.Equal(unit, SentencePicker.AskedUnit(question));
    }
}
