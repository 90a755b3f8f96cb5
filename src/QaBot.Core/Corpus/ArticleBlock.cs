namespace QaBot.Core.Corpus;

public sealed record ArticleBlock(BlockKind Kind, string Text);
