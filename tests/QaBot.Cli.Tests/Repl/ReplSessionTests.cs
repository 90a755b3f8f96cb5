using System.Collections.Concurrent;
using QaBot.Cli.Rendering;
using QaBot.Cli.Repl;
using QaBot.Core.Answers;

namespace QaBot.Cli.Tests.Repl;

public sealed class ReplSessionTests
{
    [Fact]
    public async Task RunAsync_Interactive_WarmsUpWithoutShowingOrRememberingIt()
    {
        var service = new RecordingAnswerService();
        var warmUpAsks = AnswerWarmUp.Rounds * AnswerWarmUp.Questions.Count;

        // The person's commands arrive once the whole warm-up has run.
        var output = await RunAsync(service, ":more\n:source 1\n", interactive: true, inputAfter: () => service.Questions.Count >= warmUpAsks);

        Assert.Equal(Enumerable.Repeat(AnswerWarmUp.Questions, AnswerWarmUp.Rounds).SelectMany(q => q), service.Questions);
        Assert.Equal(2, CountOf("Ask a question first.\n", output));
        Assert.All(AnswerWarmUp.Questions, question => Assert.DoesNotContain(question, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_InteractiveQuitAtOnce_StopsTheWarmUp()
    {
        var service = new RecordingAnswerService(delay: TimeSpan.FromMilliseconds(50));

        await RunAsync(service, ":quit\n", interactive: true);

        // The whole warm-up would take over three seconds; the session ends after the question in progress.
        Assert.InRange(service.Questions.Count, 0, 2);
    }

    [Fact]
    public async Task WarmUp_SessionEndsDuringAQuestion_AsksNoMore()
    {
        using var sessionEnded = new CancellationTokenSource();
        var service = new RecordingAnswerService(onAsk: sessionEnded.Cancel);

        await AnswerWarmUp.RunAsync(service, new ReplOptions(true, new TextStyle(Ansi: false)), sessionEnded.Token);

        Assert.Equal([AnswerWarmUp.Questions[0]], service.Questions);
    }

    [Fact]
    public async Task RunAsync_Piped_AsksOnlyTheQuestionsRead()
    {
        var service = new RecordingAnswerService();

        await RunAsync(service, "How many people used online education services?\n", interactive: false);

        Assert.Equal(["How many people used online education services?"], service.Questions);
    }

    private static async Task<string> RunAsync(IAnswerService service, string input, bool interactive, Func<bool>? inputAfter = null)
    {
        using var reader = new GatedReader(input, inputAfter ?? (() => true));
        await using var writer = new StringWriter();
        var session = new ReplSession(service, reader, writer, new ReplOptions(interactive, new TextStyle(Ansi: false)));
        await session.RunAsync(CancellationToken.None);
        return writer.ToString();
    }

    private static int CountOf(string text, string output) => output.Split(text).Length - 1;

    /// <summary>Gives its lines once <c>ready</c> holds, as a person who starts typing later.</summary>
    private sealed class GatedReader(string text, Func<bool> ready) : StringReader(text)
    {
        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            while (!ready())
            {
                await Task.Delay(5, cancellationToken);
            }

            return await base.ReadLineAsync(cancellationToken);
        }
    }

    /// <summary>Abstains on every question and keeps them in the order asked, from any thread.</summary>
    private sealed class RecordingAnswerService(TimeSpan delay = default, Action? onAsk = null) : IAnswerService
    {
        private readonly ConcurrentQueue<string> _questions = new();

        public IReadOnlyList<string> Questions => [.. _questions];

        public Answer Ask(string question, int top, int skip = 0)
        {
            _questions.Enqueue(question);
            onAsk?.Invoke();
            if (delay > TimeSpan.Zero)
            {
                Thread.Sleep(delay);
            }

            return new Answer(question, true, [], []);
        }

        public ArticleView? GetArticle(string file) => null;
    }
}
