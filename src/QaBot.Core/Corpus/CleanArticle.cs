namespace QaBot.Core.Corpus;

/// <summary>An article after decoding and cleaning: its metadata and body blocks, in reading order.</summary>
/// <param name="File">The path relative to the corpus folder, with forward slashes.</param>
/// <param name="Metadata">What the article says about itself.</param>
/// <param name="Blocks">The body; the headline is not repeated here when it went into <see cref="ArticleMetadata.Title"/>.</param>
/// <param name="NoiseMarkers">
/// How many junk fragments, lines and odd tokens cleaning found. Of two copies of one story the one with fewer is the cleaner.
/// </param>
public sealed record CleanArticle(string File, ArticleMetadata Metadata, IReadOnlyList<ArticleBlock> Blocks, int NoiseMarkers)
{
    /// <summary>The title, or the file name without its extension when the article names none.</summary>
    public string DisplayTitle => Metadata.Title ?? Path.GetFileNameWithoutExtension(File);
}
