using QaBot.Core.Indexing;

namespace QaBot.Core.Corpus;

/// <summary>What a scan of the corpus folder found: readable article files and the files it passed over, each ordinal-sorted by path.</summary>
public sealed record CorpusScan(IReadOnlyList<CorpusFile> Files, IReadOnlyList<SkippedFile> Skipped);
