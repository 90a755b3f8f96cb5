namespace QaBot.Core.Corpus;

/// <summary>The file extensions the corpus accepts; the scanner and the reader share it so they cannot disagree.</summary>
internal static class CorpusFormats
{
    private static readonly Dictionary<string, ArticleFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = ArticleFormat.PlainText,
        [".md"] = ArticleFormat.Markdown,
        [".markdown"] = ArticleFormat.Markdown,
        [".html"] = ArticleFormat.Html,
        [".htm"] = ArticleFormat.Html,
    };

    public static bool TryGetFormat(string path, out ArticleFormat format) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out format);

    public static string UnsupportedReason(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Length == 0
            ? "unsupported file type (no extension)"
            : $"unsupported file type '{extension}'";
    }
}
