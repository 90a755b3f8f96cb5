namespace QaBot.Core.Indexing;

/// <summary>Progress of an indexing run: files looked at out of the total.</summary>
public readonly record struct IndexProgress(int Done, int Total);
