namespace QaBot.Core.Indexing;

/// <summary>What the indexer remembers of a file to tell whether it changed.</summary>
/// <param name="Hash">SHA-256 of the content, hex.</param>
/// <param name="Size">Length in bytes.</param>
/// <param name="ModifiedTicks">Last write time (UTC ticks): with the size, a shortcut that spares reading unchanged files.</param>
public sealed record FileStamp(string Hash, long Size, long ModifiedTicks);
