using System.Text;

namespace QaBot.Core.Corpus;

public sealed class ArticleReader(ArticleReaderOptions? options = null)
{
    private readonly ArticleReaderOptions _options = options ?? new ArticleReaderOptions();

    public ArticleReadResult Parse(string relativePath, ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return ArticleReadResult.Skip("empty file");
        }

        if (content.Length > _options.MaxBytes)
        {
            return ArticleReadResult.Skip("too large");
        }

        var text = Encoding.UTF8.GetString(content).Normalize(NormalizationForm.FormKC).Replace('\u00A0', ' ');
        var blocks = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => new ArticleBlock(BlockKind.Paragraph, l)).ToList();
        return blocks.Count == 0
            ? ArticleReadResult.Skip("nothing left after cleaning")
            : ArticleReadResult.Read(new CleanArticle(relativePath, new ArticleMetadata(null, null, null, null, null, null), blocks, 0));
    }

    public ArticleReadResult Read(string fullPath, string relativePath)
    {
        try
        {
            return Parse(relativePath, File.ReadAllBytes(fullPath));
        }
        catch (IOException e)
        {
            return ArticleReadResult.Skip("unreadable: " + e.Message);
        }
    }
}
