using QaBot.Core.Indexing;

namespace QaBot.Core.Corpus;

public sealed record CorpusScan(IReadOnlyList<CorpusFile> Files, IReadOnlyList<SkippedFile> Skipped);
