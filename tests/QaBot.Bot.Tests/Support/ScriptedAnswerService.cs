using System.Collections.Concurrent;
using QaBot.Core.Answers;
using QaBot.Core.Indexing;

namespace QaBot.Bot.Tests.Support;

/// <summary>
/// A scripted answer service. Questions with a keyword get a special answer: "everyone" passages that
/// contain @everyone, "long" 5000-character passages with many other reports, "unknown" an abstention,
/// "slow" a late answer, "broken" an unavailable index. Others get ten ordinary passages naming <see cref="Commit"/>.
/// </summary>
public sealed class ScriptedAnswerService : IAnswerService
{
    private readonly ConcurrentQueue<(string Question, int Top, int Skip)> _asked = new();

    /// <summary>The index commit answers come from; a test changes it to stand for a new index run.</summary>
    public int Commit { get; set; } = 1;

    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>When set, "slow" questions wait for it instead of sleeping <see cref="SlowDelay"/>.</summary>
    public ManualResetEventSlim? SlowGate { get; set; }

    /// <summary>When set, Ask blocks until it is released (to hold a reply in flight).</summary>
    public ManualResetEventSlim? Gate { get; set; }

    public IReadOnlyList<(string Question, int Top, int Skip)> Asked => _asked.ToArray();

    public Answer Ask(string question, int top, int skip = 0)
    {
        _asked.Enqueue((question, top, skip));
        Gate?.Wait(TimeSpan.FromSeconds(30));
        if (question.Contains("slow", StringComparison.OrdinalIgnoreCase))
        {
            if (SlowGate is { } gate)
            {
                gate.Wait(TimeSpan.FromSeconds(30));
            }
            else
            {
                Thread.Sleep(SlowDelay);
            }
        }

        if (question.Contains("broken", StringComparison.OrdinalIgnoreCase))
        {
            throw new IndexUnavailableException("No index at index/: run `qabot index` to build it.");
        }

        if (question.Contains("unknown", StringComparison.OrdinalIgnoreCase))
        {
            return new Answer(question, true, [], ["Closest: a *markdown* title", "Another @everyone title"]);
        }

        var all = Enumerable.Range(1, 10).Select(rank => Passage(question, rank)).ToArray();
        return new Answer(question, false, all.Skip(skip).Take(top).ToArray(), []);
    }

    public ArticleView? GetArticle(string file) =>
        file.StartsWith("corpus/", StringComparison.Ordinal)
            ? new ArticleView(Source(file, 1), Enumerable.Range(1, 40).Select(i => $"Paragraph {i} of {file}. " + new string('x', 300)).ToArray())
            : null;

    private AnswerPassage Passage(string question, int rank)
    {
        var file = $"corpus/article-{rank}.md";
        if (question.Contains("everyone", StringComparison.OrdinalIgnoreCase))
        {
            const string sentence = "@everyone was told the match moved to <@&42> and @here.";
            return new AnswerPassage(rank, 10 - rank, sentence, "Before. " + sentence + " After.", 8, Source(file, rank), [new AlsoReported("@everyone News", "2024-01-02", "corpus/x.md")]);
        }

        if (question.Contains("long", StringComparison.OrdinalIgnoreCase))
        {
            var words = string.Join(' ', Enumerable.Repeat("lengthy", 700));
            var passage = (words + " end. ")[..5000];
            var also = Enumerable.Range(1, 60).Select(i => new AlsoReported($"Publisher number {i} with a rather long name", "2024-03-0" + (i % 9 + 1), $"corpus/o{i}.md")).ToArray();
            var longSource = new SourceInfo(file, new string('T', 400), new string('P', 300), "2024-03-01", "https://example.com/" + new string('u', 3000));
            return new AnswerPassage(rank, 10 - rank, words, passage, 0, longSource, also);
        }

        var answerSentence = $"The cup was won by Team {rank} (commit {Commit}).";
        return new AnswerPassage(
            rank,
            10 - rank,
            answerSentence,
            $"Context before. {answerSentence} Context after.",
            16,
            Source(file, rank),
            rank == 1 ? [new AlsoReported("Daily Planet", "2024-05-02", "corpus/dp.md"), new AlsoReported("The Bugle", null, "corpus/bugle.md")] : []);
    }

    private static SourceInfo Source(string file, int rank) =>
        new(file, $"Cup final report {rank}", "Example News", "2024-05-01", $"https://example.com/news/{rank}");
}
