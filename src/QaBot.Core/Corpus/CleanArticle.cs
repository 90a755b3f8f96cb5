namespace QaBot.Core.Corpus;

public sealed record CleanArticle(string File, ArticleMetadata Metadata, IReadOnlyList<ArticleBlock> Blocks, int NoiseMarkers)
{
    public string DisplayTitle => Metadata.Title ?? Path.GetFileNameWithoutExtension(File);
}
