namespace QaBot.Core.Indexing;

/// <summary>A corpus file the indexer did not index, and why.</summary>
public sealed record SkippedFile(string File, string Reason);
