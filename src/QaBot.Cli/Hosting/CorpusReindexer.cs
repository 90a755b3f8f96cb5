using QaBot.Bot;
using QaBot.Core.Indexing;

namespace QaBot.Cli.Hosting;

/// <summary>The bot's /reindex: an incremental indexing run on a thread of its own.</summary>
internal sealed class CorpusReindexer(IndexerOptions options) : IReindexer
{
    public Task<IndexReport> ReindexAsync(CancellationToken cancellationToken) =>
        Task.Factory.StartNew(
            () => new CorpusIndexer(options).Run(rebuild: false, progress: null, cancellationToken),
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
}
