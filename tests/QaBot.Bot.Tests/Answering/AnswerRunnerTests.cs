using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using QaBot.Bot.Answering;
using QaBot.Core.Answers;
using QaBot.Core.Indexing;

namespace QaBot.Bot.Tests.Answering;

public sealed class AnswerRunnerTests
{
    [Fact]
    public async Task AskAsync_BlockingIndexCalls_RunOffTheThreadPool()
    {
        // Found with the emulator: slow answers on pool threads delayed the 3-second deferral timer by up to 800 ms.
        using var release = new ManualResetEventSlim(false);
        var service = new ThreadRecordingService(release);
        var runner = new AnswerRunner(service, NullLogger<AnswerRunner>.Instance);

        var calls = Enumerable.Range(0, Environment.ProcessorCount * 4).Select(i => runner.AskAsync("q" + i, 1, 0, CancellationToken.None)).ToArray();
        await Eventually(() => service.Threads.Count == calls.Length);
        var probe = await Task.Run(() => 42).WaitAsync(TimeSpan.FromSeconds(2));
        release.Set();
        await Task.WhenAll(calls);

        Assert.Equal(42, probe);
        Assert.All(service.Threads, onPool => Assert.False(onPool));
    }

    [Fact]
    public async Task AskAsync_IndexUnavailable_IsNullNotAnException()
    {
        var runner = new AnswerRunner(new UnavailableService(), NullLogger<AnswerRunner>.Instance);

        Assert.Null(await runner.AskAsync("q", 1, 0, CancellationToken.None));
        Assert.Null(await runner.GetArticleAsync("f", CancellationToken.None));
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "the calls did not all start");
    }

    private sealed class ThreadRecordingService(ManualResetEventSlim release) : IAnswerService
    {
        public ConcurrentBag<bool> Threads { get; } = [];

        public Answer Ask(string question, int top, int skip = 0)
        {
            Threads.Add(Thread.CurrentThread.IsThreadPoolThread);
            release.Wait(TimeSpan.FromSeconds(10));
            return new Answer(question, true, [], []);
        }

        public ArticleView? GetArticle(string file) => null;
    }

    private sealed class UnavailableService : IAnswerService
    {
        public Answer Ask(string question, int top, int skip = 0) => throw new IndexUnavailableException("run qabot index");

        public ArticleView? GetArticle(string file) => throw new IndexUnavailableException("run qabot index");
    }
}
