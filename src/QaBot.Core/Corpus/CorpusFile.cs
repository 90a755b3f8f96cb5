namespace QaBot.Core.Corpus;

/// <summary>An article file found in the corpus folder.</summary>
/// <param name="FullPath">The absolute path, to read the file.</param>
/// <param name="RelativePath">The path relative to the corpus folder with forward slashes: the article's id.</param>
public sealed record CorpusFile(string FullPath, string RelativePath);
