using QaBot.Core.Analysis;
using QaBot.Core.Answers;
using QaBot.Core.Indexing;
using QaBot.Core.Search;
using QaBot.Core.Tests.TestSupport;

namespace QaBot.Core.Tests.Answers;

public sealed class FollowUpTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly QuestionParser _parser = new(new QaBotAnalyzer());

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("and in rural areas?", true)]
    [InlineData("what about 2019?", true)]
    [InlineData("who said that?", true)]
    [InlineData("How about the railway?", true)]
    [InlineData("How many residents were evacuated from Pelin?", false)]
    [InlineData("Who chairs the orchard cooperative in Redwater?", false)]
    public void IsFollowUp_ShortOrContinuingQuestions(string question, bool expected)
    {
        Assert.Equal(expected, FollowUpDetector.IsFollowUp(question, _parser.Parse(question)));
    }

    [Fact]
    public void Parse_WithContext_AddsTheTopicsTermsAtLowerWeight()
    {
        var parsed = _parser.Parse("and in 2019?", "How many tonnes of apples were picked?");

        Assert.Equal(["2019", "tonn", "appl", "pick"], parsed.Terms);
        Assert.Equal(1f, parsed.WeightOf("2019"));
        Assert.Equal(QuestionParser.ContextWeight, parsed.WeightOf("appl"));
        Assert.Equal(QuestionKind.Quantity, parsed.Kind);
    }

    [Fact]
    public void AskInContext_FollowUp_AnswersAboutTheTopicAndSaysSo()
    {
        _folder.Write("volcano.md", Articles.Volcano);
        _folder.Write("orchard.md", Articles.Orchard);
        new CorpusIndexer(new IndexerOptions { CorpusPath = _folder.Corpus, IndexPath = _folder.Index }).Run(rebuild: false);
        using var service = new AnswerService(_folder.Index);

        var answer = service.AskInContext("who said that?", "How many residents were evacuated?", 1);

        Assert.Equal("How many residents were evacuated?", answer.FollowUpOf);
        Assert.Equal("About 12,000 residents were evacuated by boat before the lava reached the harbour, the regional governor said.", answer.Answers[0].Sentence);
    }

    [Fact]
    public void AskInContext_NewTopic_StandsAlone()
    {
        _folder.Write("volcano.md", Articles.Volcano);
        _folder.Write("orchard.md", Articles.Orchard);
        new CorpusIndexer(new IndexerOptions { CorpusPath = _folder.Corpus, IndexPath = _folder.Index }).Run(rebuild: false);
        using var service = new AnswerService(_folder.Index);

        var answer = service.AskInContext("How many tonnes of apples did farmers pick?", "How many residents were evacuated?", 1);

        Assert.Null(answer.FollowUpOf);
        Assert.Equal("orchard.md", answer.Answers[0].Source.File);
    }
}
