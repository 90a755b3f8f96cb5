namespace QaBot.Core.Corpus;

public sealed record ArticleMetadata(string? Title, string? Publisher, string? Author, DateOnly? Published, string? PublishedText, string? Url);
