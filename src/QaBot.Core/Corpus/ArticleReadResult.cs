namespace QaBot.Core.Corpus;

public sealed record ArticleReadResult(CleanArticle? Article, string? SkipReason)
{
    public bool IsSkipped => Article is null;

    public static ArticleReadResult Read(CleanArticle article) => new(article, null);

    public static ArticleReadResult Skip(string reason) => new(null, reason);
}
