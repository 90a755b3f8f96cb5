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

        var output = await RunAsync(service, ":more\n:source 1\n", interactive: true);

        Assert.Equal(AnswerWarmUp.Questions, service.Questions);
        Assert.Equal(2, CountOf("Ask a question first.\n", output));
        Assert.All(AnswerWarmUp.Questions, question => Assert.DoesNotContain(question, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_Piped_AsksOnlyTheQuestionsRead()
    {
        var service = new RecordingAnswerService();

        await RunAsync(service, "How many people used online education services?\n", interactive: false);

        Assert.Equal(["How many people used online education services?"], service.Questions);
    }

    private static async Task<string> RunAsync(IAnswerService service, string input, bool interactive)
    {
        using var reader = new StringReader(input);
        await using var writer = new StringWriter();
        var session = new ReplSession(service, reader, writer, new ReplOptions(interactive, new TextStyle(Ansi: false)));
        await session.RunAsync(CancellationToken.None);
        return writer.ToString();
    }

    private static int CountOf(string text, string output) => output.Split(text).Length - 1;

    /// <summary>Abstains on every question and keeps them in the order asked, from any thread.</summary>
    private sealed class RecordingAnswerService : IAnswerService
    {
        private readonly ConcurrentQueue<string> _questions = new();

        public IReadOnlyList<string> Questions => [.. _questions];

        public Answer Ask(string question, int top, int skip = 0)
        {
            _questions.Enqueue(question);
            return new Answer(question, true, [], []);
        }

        public ArticleView? GetArticle(string file) => null;
    }
}
