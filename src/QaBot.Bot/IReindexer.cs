using QaBot.Core.Indexing;

namespace QaBot.Bot;

/// <summary>Re-runs incremental indexing for /reindex. Implemented by the host (the CLI).</summary>
public interface IReindexer
{
    /// <summary>Indexes what changed in the corpus and commits, so the answer service picks up the new commit.</summary>
    Task<IndexReport> ReindexAsync(CancellationToken cancellationToken);
}
