namespace QaBot.Core.Corpus;

public sealed record ArticleReaderOptions
{
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;
}
