using QaBot.Core.Indexing;

namespace QaBot.Bot.Tests.Support;

public sealed class FakeReindexer : IReindexer
{
    private int _runs;

    public int Runs => _runs;

    public Task<IndexReport> ReindexAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        return Task.FromResult(new IndexReport(3, 2, 1, 40, [new SkippedFile("corpus/empty.md", "no text")], 44, 512, 5, 1.25));
    }
}
