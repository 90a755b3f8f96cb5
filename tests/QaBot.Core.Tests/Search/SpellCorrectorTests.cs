using QaBot.Core.Answers;
using QaBot.Core.Indexing;
using QaBot.Core.Search;
using QaBot.Core.Tests.TestSupport;

namespace QaBot.Core.Tests.Search;

public sealed class SpellCorrectorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public SpellCorrectorTests()
    {
        _folder.Write("volcano.md", Articles.Volcano);
        _folder.Write("volcano-2.md", Articles.Volcano.Replace("Tuesday", "Wednesday", StringComparison.Ordinal));
        _folder.Write("railway.md", Articles.Railway);
        _folder.Write("railway-2.md", Articles.Railway.Replace("Sunday", "Monday", StringComparison.Ordinal));
        new CorpusIndexer(new IndexerOptions { CorpusPath = _folder.Corpus, IndexPath = _folder.Index }).Run(rebuild: false);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Ask_MisspelledWords_AreCorrectedAndTheAnswerSaysSo()
    {
        using var service = new AnswerService(_folder.Index);
        var answer = service.Ask("How many residnts were evacuted?", 1);

        Assert.Equal("How many residents were evacuated?", answer.CorrectedQuestion);
        Assert.Equal("How many residnts were evacuted?", answer.Question);
        Assert.Contains("12,000 residents", answer.Answers[0].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_KnownWords_AreLeftAlone()
    {
        using var service = new AnswerService(_folder.Index);
        Assert.Null(service.Ask("How many residents were evacuated?", 1).CorrectedQuestion);
    }

    [Fact]
    public void Ask_UnknownWordFarFromAnyIndexedWord_IsNotCorrected()
    {
        using var service = new AnswerService(_folder.Index);
        var answer = service.Ask("zyzzyva quokka", 1);
        Assert.Null(answer.CorrectedQuestion);
        Assert.True(answer.Abstained);
    }

    [Fact]
    public void Ask_RealWordTheArticlesDoNotUse_IsNotCorrectedToANeighbour()
    {
        // "boot" is one edit from the indexed "boat", but it is a word, not a typo.
        using var service = new AnswerService(_folder.Index);
        var answer = service.Ask("Were the residents evacuated by boot?", 1);

        Assert.Null(answer.CorrectedQuestion);
    }

    [Fact]
    public void Ask_AmericanSpellingOfABritishSpelledWord_IsCorrectedToTheArticlesSpelling()
    {
        using var service = new AnswerService(_folder.Index);
        var answer = service.Ask("When did the lava reach the harbor?", 1);

        Assert.Equal("When did the lava reach the harbour?", answer.CorrectedQuestion);
    }

    [Theory]
    [InlineData("chna", "china", 1)]
    [InlineData("alibba", "alibaba", 1)]
    [InlineData("intrenet", "internet", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void EditDistance_CountsSwapsAsOneEdit(string a, string b, int expected)
    {
        Assert.Equal(expected, SpellCorrector.EditDistance(a, b));
    }
}
