namespace QaBot.Core.Corpus;

public sealed record CorpusFile(string FullPath, string RelativePath);
