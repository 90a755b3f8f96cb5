namespace QaBot.Core.Corpus;

/// <summary>One cleaned block of an article: normalised text on a single line, never empty.</summary>
public sealed record ArticleBlock(BlockKind Kind, string Text);
