using QaBot.Core.Answers;
using QaBot.Core.Evaluation;

namespace QaBot.Core.Tests.Evaluation;

public sealed class AnswerEvaluatorTests
{
    private static readonly SourceInfo A = new("corpus/a.md", "A", null, null, null);
    private static readonly SourceInfo B = new("b.txt", "B", null, null, null);

    private static AnswerPassage Passage(int rank, SourceInfo source, string sentence, string passage) =>
        new(rank, 1, sentence, passage, 0, source, []);

    private static EvalQuestion Question(string id, bool answerable = true) =>
        new(id, "q?", answerable ? ["989 million", "70\\.4"] : [], answerable ? ["a.txt"] : [], answerable);

    [Fact]
    public void Judge_HitAtSecondRank_SourceComparedWithoutExtension()
    {
        var answer = new Answer("q?", false,
        [
            Passage(1, B, "nothing", "It had 989 million users."),
            Passage(2, A, "It had 989\u00A0million users.", "It had 989\u00A0\u00A0million users."),
        ], []);

        var outcome = AnswerEvaluator.Judge(Question("x"), answer);

        Assert.Equal(2, outcome.FirstHitRank);
        Assert.False(outcome.SentenceHit);
    }

    [Fact]
    public void Summarise_HandCheckedCase_GivesExactMetrics()
    {
        var outcomes = new[]
        {
            new QuestionOutcome(Question("1"), false, 1, true, "s"),
            new QuestionOutcome(Question("2"), false, 2, false, "s"),
            new QuestionOutcome(Question("3"), false, 0, false, "s"),
            new QuestionOutcome(Question("4"), true, 0, false, null),
            new QuestionOutcome(Question("5", answerable: false), true, 0, false, null),
            new QuestionOutcome(Question("6", answerable: false), false, 0, false, "s"),
        };

        var metrics = AnswerEvaluator.Summarise(outcomes);

        Assert.Equal(new EvalMetrics(0.25, 0.5, 0.375, 0.25, 0.25, 0.5, 6), metrics);
    }

    [Fact]
    public void RankingMetrics_HandCheckedCase()
    {
        var relevance = new Dictionary<string, int> { ["d1"] = 1, ["d3"] = 2 };
        var ranked = new[] { "d2", "d3", "d1" };

        Assert.Equal(0.5, RankingMetrics.ReciprocalRank(ranked, relevance, 10));
        Assert.Equal(1.0, RankingMetrics.Recall(ranked, relevance, 100));
        Assert.Equal(0.5, RankingMetrics.Recall(ranked, relevance, 2));
        var dcg = (2 / Math.Log2(3)) + (1 / Math.Log2(4));
        var ideal = 2 + (1 / Math.Log2(3));
        Assert.Equal(dcg / ideal, RankingMetrics.Ndcg(ranked, relevance, 10), 10);
    }

    [Fact]
    public void ReadQuestions_FolderWithoutQuestionFiles_AsksForAFile()
    {
        using var folder = new QaBot.Core.Tests.TestSupport.TempFolder();

        var error = Assert.Throws<FileNotFoundException>(() => AnswerEvaluator.ReadQuestions(folder.Root));

        Assert.Equal($"'{folder.Root}' is a folder, not a question file: give a JSON Lines file of questions.", error.Message);
    }
}
