using QaBot.Core.Answers;
using QaBot.Core.Indexing;
using QaBot.Core.Tests.TestSupport;

namespace QaBot.Core.Tests.Answers;

public sealed class AnswerServiceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public AnswerServiceTests()
    {
        _folder.Write("volcano.md", Articles.Volcano);
        _folder.Write("orchard.md", Articles.Orchard);
        _folder.Write("railway.md", Articles.Railway);
        Index();
    }

    public void Dispose() => _folder.Dispose();

    private IndexReport Index() =>
        new CorpusIndexer(new IndexerOptions { CorpusPath = _folder.Corpus, IndexPath = _folder.Index }).Run(rebuild: false);

    [Fact]
    public void Ask_AnswerableQuestion_HighlightsTheAnsweringSentenceAndShowsTheSource()
    {
        using var service = new AnswerService(_folder.Index);
        var answer = service.Ask("How many residents were evacuated?", 3);

        Assert.False(answer.Abstained);
        var first = answer.Answers[0];
        Assert.Equal("About 12,000 residents were evacuated by boat before the lava reached the harbour, the regional governor said.", first.Sentence);
        Assert.Equal(first.Sentence, first.Passage.Substring(first.SentenceStart, first.Sentence.Length));
        Assert.Equal(new SourceInfo("volcano.md", "Volcano erupts near coastal town", "Island Herald", "2021-03-04", null), first.Source);
        Assert.Equal(1, first.Rank);
    }

    [Fact]
    public void Ask_QuantityQuestion_PrefersTheSentenceWithANumber()
    {
        using var service = new AnswerService(_folder.Index);
        var answer = service.Ask("How much did the railway line cost?", 1);
        Assert.Equal("The line cost 4.2 billion euros and took seven years to build.", answer.Answers[0].Sentence);
    }

    [Fact]
    public void Ask_NothingInTheArticles_AbstainsWithAtMostThreeHints()
    {
        using var service = new AnswerService(_folder.Index);
        var answer = service.Ask("What is the population of Brazil?", 3);

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Answers);
        Assert.True(answer.Hints.Count <= 3);
    }

    [Fact]
    public void Ask_UnknownWordsOnly_AbstainsWithoutHints()
    {
        using var service = new AnswerService(_folder.Index);
        var answer = service.Ask("zyzzyva quokka", 3);
        Assert.True(answer.Abstained);
        Assert.Empty(answer.Hints);
    }

    [Fact]
    public void Ask_Skip_ContinuesTheRanking()
    {
        using var service = new AnswerService(_folder.Index);
        var all = service.Ask("railway trains volcano apples", 4);
        var next = service.Ask("railway trains volcano apples", 2, skip: 2);

        Assert.Equal(all.Answers.Skip(2).Select(a => (a.Rank, a.Passage)), next.Answers.Select(a => (a.Rank, a.Passage)));
    }

    [Fact]
    public void Ask_DuplicateStory_ShowsTheCanonicalReportAndNamesTheOther()
    {
        var garbled = Articles.Volcano
            .Replace("publisher: Island Herald", "publisher: Copy Wire", StringComparison.Ordinal)
            .Replace("12,000", "120,000", StringComparison.Ordinal)
            .Replace("The Mount Karsa volcano erupted", "The Mount Karsa volcano erupted <br> < / p> target=\"_BLANK\">", StringComparison.Ordinal);
        _folder.Write("volcano-copy.md", garbled);
        Assert.Equal(1, Index().DuplicateGroups);

        using var service = new AnswerService(_folder.Index);
        var answer = service.Ask("How many residents were evacuated?", 3);

        var first = answer.Answers[0];
        Assert.Equal("volcano.md", first.Source.File);
        Assert.Contains("12,000", first.Sentence, StringComparison.Ordinal);
        Assert.Equal([new AlsoReported("Copy Wire", "2021-03-04", "volcano-copy.md")], first.AlsoReportedBy);
        Assert.DoesNotContain(answer.Answers, a => a.Source.File == "volcano-copy.md");
    }

    [Fact]
    public void Ask_AfterAnotherIndexRun_SeesTheNewCommitWithoutRestart()
    {
        using var service = new AnswerService(_folder.Index, new Core.Search.SearchOptions { RefreshInterval = TimeSpan.FromHours(1) });
        Assert.True(service.Ask("Which comet was discovered by the telescope?", 1).Abstained);

        _folder.Write("comet.md", "---\ntitle: Telescope finds comet\n---\nThe Halvar telescope discovered comet Brisa-7 on Friday, astronomers said.\n");
        Index();
        service.Refresh();

        Assert.Equal("comet.md", service.Ask("Which comet was discovered by the telescope?", 1).Answers[0].Source.File);
    }

    [Fact]
    public void Ask_FromManyThreads_GivesTheSameAnswers()
    {
        using var service = new AnswerService(_folder.Index);
        var questions = new[] { "How many residents were evacuated?", "How much did the railway line cost?", "Who chairs the orchard cooperative?" };
        var expected = questions.Select(q => service.Ask(q, 2).Answers[0].Sentence).ToArray();

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = service.Ask(questions[i % 3], 2).Answers[0].Sentence);

        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(expected[i % 3], results[i]));
    }

    [Fact]
    public void Ask_MissingIndex_ThrowsIndexUnavailableWithTheRebuildCommand()
    {
        using var service = new AnswerService(Path.Combine(_folder.Root, "no-index"));
        var error = Assert.Throws<IndexUnavailableException>(() => service.Ask("volcano", 1));
        Assert.Contains("qabot index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_CorruptIndex_ThrowsIndexUnavailableWithTheRebuildCommand()
    {
        foreach (var file in Directory.GetFiles(_folder.Index).Where(f => !Path.GetFileName(f).StartsWith("write", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(file, [9, 9, 9]);
        }

        using var service = new AnswerService(_folder.Index);
        var error = Assert.Throws<IndexUnavailableException>(() => service.Ask("volcano", 1));
        Assert.Contains("qabot index --rebuild", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetArticle_KnownFile_ReturnsItsCleanedParagraphs()
    {
        using var service = new AnswerService(_folder.Index);
        var article = service.GetArticle("railway.md");

        Assert.NotNull(article);
        Assert.Equal("High-speed railway opens", article.Source.Title);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.StartsWith("The new high-speed railway", article.Paragraphs[0], StringComparison.Ordinal);
    }
}
