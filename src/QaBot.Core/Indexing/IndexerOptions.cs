using QaBot.Core.Duplicates;
using QaBot.Core.Passages;

namespace QaBot.Core.Indexing;

/// <summary>Where the indexer reads and writes, and how it cuts and groups articles.</summary>
public sealed record IndexerOptions
{
    /// <summary>The folder of articles (default "corpus").</summary>
    public string CorpusPath { get; init; } = "corpus";

    /// <summary>The index folder (default "index").</summary>
    public string IndexPath { get; init; } = "index";

    public PassageOptions Passages { get; init; } = new();

    public DuplicateOptions Duplicates { get; init; } = new();

    /// <summary>How long a second indexer waits for the first to finish before giving up (default 3 s).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(3);
}
