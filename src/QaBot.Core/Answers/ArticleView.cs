namespace QaBot.Core.Answers;

/// <summary>A whole cleaned article, for "show me the source".</summary>
public sealed record ArticleView(SourceInfo Source, IReadOnlyList<string> Paragraphs);
