using System.Diagnostics.CodeAnalysis;

namespace QaBot.Core.Corpus;

/// <summary>
/// The outcome of reading one file: a cleaned article, or the reason it was skipped.
/// Build it with <see cref="Read"/> or <see cref="Skip"/>; exactly one of the two values is set.
/// </summary>
public sealed record ArticleReadResult(CleanArticle? Article, string? SkipReason)
{
    /// <summary>The article, when the file was read.</summary>
    public CleanArticle? Article { get; init; } = (Article is null) == (SkipReason is null)
        ? throw new ArgumentException("Exactly one of Article and SkipReason must be set.", nameof(Article))
        : Article;

    /// <summary>Why the file was skipped ("empty file", "unreadable: ..."), when it was.</summary>
    public string? SkipReason { get; init; } = SkipReason;

    /// <summary>True when the file gave no article; <see cref="SkipReason"/> says why.</summary>
    [MemberNotNullWhen(false, nameof(Article))]
    [MemberNotNullWhen(true, nameof(SkipReason))]
    public bool IsSkipped => Article is null;

    /// <summary>A file that gave an article.</summary>
    public static ArticleReadResult Read(CleanArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleReadResult(article, null);
    }

    /// <summary>A file that gave no article, and why.</summary>
    public static ArticleReadResult Skip(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new ArticleReadResult(null, reason);
    }
}
