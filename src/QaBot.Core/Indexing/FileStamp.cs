namespace QaBot.Core.Indexing;

/// <summary>What the indexer remembers of a file to tell whether it changed.</summary>
/// <param name="Hash">XxHash128 of the content, hex (an index written before holds SHA-256: such a file reads as changed once, when its time stamp changes).</param>
/// <param name="Size">Length in bytes.</param>
/// <param name="ModifiedTicks">Last write time (UTC ticks): with the size, a shortcut that spares reading unchanged files.</param>
public sealed record FileStamp(string Hash, long Size, long ModifiedTicks);
