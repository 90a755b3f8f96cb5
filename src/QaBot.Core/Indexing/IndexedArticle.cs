using QaBot.Core.Corpus;
using QaBot.Core.Passages;

namespace QaBot.Core.Indexing;

/// <summary>An article ready to index: cleaned, cut into passages, with its duplicate-detection data.</summary>
public sealed record IndexedArticle(
    CleanArticle Article,
    IReadOnlyList<Passage> Passages,
    FileStamp Stamp,
    ushort[] Signature,
    double NoisePerThousandWords,
    int MetadataFields);
