namespace QaBot.Core.Indexing;

/// <summary>What one indexing run did.</summary>
public sealed record IndexReport(
    int Added,
    int Changed,
    int Removed,
    int Unchanged,
    IReadOnlyList<SkippedFile> Skipped,
    int Articles,
    int Passages,
    int DuplicateGroups,
    double Seconds);
