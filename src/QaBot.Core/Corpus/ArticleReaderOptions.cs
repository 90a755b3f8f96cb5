namespace QaBot.Core.Corpus;

/// <summary>Limits for <see cref="ArticleReader"/>.</summary>
public sealed class ArticleReaderOptions
{
    /// <summary>The default for <see cref="MaxBytes"/>: 10 MiB.</summary>
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    /// <summary>Files larger than this many bytes are skipped unread. Default 10 MiB; must be positive.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
