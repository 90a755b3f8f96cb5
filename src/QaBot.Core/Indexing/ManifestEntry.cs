namespace QaBot.Core.Indexing;

/// <summary>What the index holds about one article: enough to skip it when unchanged and to regroup duplicates.</summary>
internal sealed record ManifestEntry(
    string File,
    FileStamp Stamp,
    int DocId,
    double NoisePerThousandWords,
    int MetadataFields,
    int Passages,
    long Group,
    bool Canonical);
