using QaBot.Core.Corpus.Cleaning;
using QaBot.Core.Corpus.Decoding;
using QaBot.Core.Corpus.Formats;

namespace QaBot.Core.Corpus;

/// <summary>
/// Reads one corpus file into a <see cref="CleanArticle"/>: decodes it (UTF-8, else Windows-1252), normalises
/// the text, parses its format (.txt, .md/.markdown with optional YAML front matter, .html/.htm), removes page
/// furniture and junk, and gathers the metadata the article states. Files that give no article (empty, binary,
/// too large, unreadable, nothing left after cleaning) are skipped with a reason, never thrown.
/// Stateless and thread-safe: one instance can serve a parallel indexer.
/// </summary>
public sealed class ArticleReader
{
    private readonly long _maxBytes;

    /// <summary>Creates a reader; <paramref name="options"/> defaults to a 10 MiB size limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ArticleReaderOptions.MaxBytes"/> is not positive.</exception>
    public ArticleReader(ArticleReaderOptions? options = null)
    {
        _maxBytes = (options ?? new ArticleReaderOptions()).MaxBytes;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_maxBytes, nameof(options));
    }

    /// <summary>
    /// Reads an article from bytes already in memory (the indexer reads each file once and hashes the same bytes).
    /// The format comes from <paramref name="relativePath"/>'s extension.
    /// </summary>
    /// <param name="relativePath">The path relative to the corpus folder; backslashes become forward slashes in <see cref="CleanArticle.File"/>.</param>
    /// <param name="content">The file's bytes.</param>
    public ArticleReadResult Parse(string relativePath, ReadOnlySpan<byte> content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        var file = relativePath.Replace('\\', '/');
        if (!CorpusFormats.TryGetFormat(file, out var format))
        {
            return ArticleReadResult.Skip(CorpusFormats.UnsupportedReason(file));
        }

        if (content.IsEmpty)
        {
            return ArticleReadResult.Skip(SkipReasons.Empty);
        }

        if (content.Length > _maxBytes)
        {
            return ArticleReadResult.Skip(SkipReasons.TooLarge(content.Length, _maxBytes));
        }

        var decoded = TextDecoder.Decode(content);
        if (decoded.Problem is not null || decoded.Text is null)
        {
            return ArticleReadResult.Skip(decoded.Problem ?? SkipReasons.Empty);
        }

        // Whitespace, zero-width characters and BOMs only: as empty as a zero-byte file.
        if (TextNormalizer.IsBlank(decoded.Text))
        {
            return ArticleReadResult.Skip(SkipReasons.Empty);
        }

        var draft = ArticleDraftBuilder.Build(format, decoded.Text);
        CleaningPipeline.Run(draft);
        var blocks = BlockClassifier.Classify(draft.Lines);
        return blocks.Count == 0
            ? ArticleReadResult.Skip(SkipReasons.NothingLeft)
            : ArticleReadResult.Read(new CleanArticle(file, draft.Metadata.ToMetadata(), blocks, draft.NoiseMarkers));
    }

    /// <summary>Reads an article from disk. A file larger than the limit is skipped without being read.</summary>
    /// <param name="fullPath">Where the file is.</param>
    /// <param name="relativePath">The path relative to the corpus folder, the article's id.</param>
    public ArticleReadResult Read(string fullPath, string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullPath);
        byte[] content;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > _maxBytes)
            {
                return ArticleReadResult.Skip(SkipReasons.TooLarge(length, _maxBytes));
            }

            content = File.ReadAllBytes(fullPath);
        }
        catch (IOException ex)
        {
            return ArticleReadResult.Skip(SkipReasons.Unreadable(ex.Message));
        }
        catch (UnauthorizedAccessException ex)
        {
            return ArticleReadResult.Skip(SkipReasons.Unreadable(ex.Message));
        }

        return Parse(relativePath, content);
    }
}
