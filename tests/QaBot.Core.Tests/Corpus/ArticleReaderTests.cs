using System.Text;
using QaBot.Core.Corpus;

namespace QaBot.Core.Tests.Corpus;

public class ArticleReaderTests
{
    private static ArticleReadResult Parse(byte[] content, string file = "story.txt", ArticleReaderOptions? options = null) =>
        new ArticleReader(options).Parse(file, content);

    private static ArticleReadResult Parse(string text, string file = "story.txt") => Parse(Encoding.UTF8.GetBytes(text), file);

    [Fact]
    public void Parse_EmptyFile_IsSkipped()
    {
        Assert.Equal(ArticleReadResult.Skip("empty file"), Parse([]));
    }

    [Fact]
    public void Parse_WhitespaceOnly_IsSkippedAsEmpty()
    {
        Assert.Equal(ArticleReadResult.Skip("empty file"), Parse(" \n\u00A0\t\r\n\u200B"));
    }

    [Fact]
    public void Parse_NulBytes_IsSkippedAsBinary()
    {
        Assert.Equal(ArticleReadResult.Skip("binary file: contains NUL bytes"), Parse([0x89, (byte)'P', (byte)'N', (byte)'G', 0x00, 0x01]));
    }

    [Fact]
    public void Parse_MostlyControlCharacters_IsSkippedAsBinary()
    {
        Assert.Equal(ArticleReadResult.Skip("binary file: too many control characters"), Parse([0x01, 0x02, 0x03, (byte)'a', 0x1B, 0x7F]));
    }

    [Fact]
    public void Parse_LargerThanMaxBytes_IsSkipped()
    {
        var result = Parse(Encoding.UTF8.GetBytes("The budget rose by 5 percent."), options: new ArticleReaderOptions { MaxBytes = 10 });

        Assert.Equal(ArticleReadResult.Skip("file too large: 29 bytes, limit 10"), result);
    }

    [Fact]
    public void Parse_ExactlyMaxBytes_IsRead()
    {
        var result = Parse(Encoding.UTF8.GetBytes("Rose 5%."), options: new ArticleReaderOptions { MaxBytes = 8 });

        Assert.False(result.IsSkipped);
    }

    [Fact]
    public void Parse_InvalidUtf8_IsReadAsWindows1252()
    {
        var latin = Encoding.Latin1.GetBytes("The café in Zürich reopened.");

        var result = Parse(latin);

        Assert.Equal([new ArticleBlock(BlockKind.Paragraph, "The café in Zürich reopened.")], result.Article!.Blocks);
    }

    [Fact]
    public void Parse_Utf8WithBomAndFrontMatter_ReadsFrontMatter()
    {
        var result = Parse([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitle: Budget\n---\nThe budget rose.\n")]);

        Assert.Equal("Budget", result.Article!.Metadata.Title);
    }

    [Fact]
    public void Parse_NothingButFurniture_IsSkipped()
    {
        var result = Parse("Home / China / Innovation\nShare - WeChat\nCopyright 2021 Example. All rights reserved.\nFire brigade holds wedding\nTourists enjoy ice sculptures\nHarbin attracts tourists\n");

        Assert.Equal(ArticleReadResult.Skip("nothing left after cleaning"), result);
    }

    [Theory]
    [InlineData("story.pdf", "unsupported file type '.pdf'")]
    [InlineData("README", "unsupported file type (no extension)")]
    public void Parse_UnsupportedExtension_IsSkipped(string file, string reason)
    {
        Assert.Equal(ArticleReadResult.Skip(reason), Parse("The budget rose.", file));
    }

    [Fact]
    public void Parse_BackslashPath_UsesForwardSlashesAndFileNameAsDisplayTitle()
    {
        var article = Parse("The budget rose by 5 percent.", "2021\\feb\\budget.TXT").Article!;

        Assert.Equal("2021/feb/budget.TXT", article.File);
        Assert.Equal("budget", article.DisplayTitle);
    }

    [Fact]
    public void Parse_OddSpacesAndInvisibleCharacters_AreNormalised()
    {
        var article = Parse("The\u00A0budget  rose\u200B by 5\u2009percent in\u00ADcluding ｆｅｅｓ.\n").Article!;

        Assert.Equal("The budget rose by 5 percent including fees.", article.Blocks.Single().Text);
    }

    [Fact]
    public void Read_MissingFile_IsSkippedAsUnreadable()
    {
        using var folder = new TempDirectory();
        var missing = Path.Combine(folder.Path, "gone.txt");

        var result = new ArticleReader().Read(missing, "gone.txt");

        Assert.True(result.IsSkipped);
        Assert.StartsWith("unreadable: ", result.SkipReason, StringComparison.Ordinal);
        Assert.Contains("gone.txt", result.SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileLargerThanMaxBytes_IsSkippedBeforeReading()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("big.txt", new string('a', 100) + ".");

        var result = new ArticleReader(new ArticleReaderOptions { MaxBytes = 50 }).Read(path, "big.txt");

        Assert.Equal(ArticleReadResult.Skip("file too large: 101 bytes, limit 50"), result);
    }

    [Fact]
    public void Read_GoodFile_GivesTheSameArticleAsParse()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("a/b.txt", "Budget rises by five percent\n\nThe budget rose by 5 percent.\n");

        var read = new ArticleReader().Read(path, "a/b.txt").Article!;
        var parsed = new ArticleReader().Parse("a/b.txt", File.ReadAllBytes(path)).Article!;

        Assert.Equal("Budget rises by five percent", read.Metadata.Title);
        Assert.Equal(parsed.Metadata, read.Metadata);
        Assert.Equal(parsed.Blocks, read.Blocks);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_NonPositiveMaxBytes_Throws(long maxBytes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleReader(new ArticleReaderOptions { MaxBytes = maxBytes }));
    }

    [Fact]
    public void Options_Default_IsTenMebibytes()
    {
        Assert.Equal(10 * 1024 * 1024, new ArticleReaderOptions().MaxBytes);
    }

    [Fact]
    public void Parse_SameReaderFromManyThreads_GivesIdenticalResults()
    {
        var reader = new ArticleReader();
        var bytes = File.ReadAllBytes(SeedCorpus.FullPath("003"));
        var expected = reader.Parse("003.txt", bytes).Article!;

        var results = Enumerable.Range(0, 32).AsParallel().Select(_ => reader.Parse("003.txt", bytes).Article!).ToList();

        Assert.All(results, article =>
        {
            Assert.Equal(expected.Blocks, article.Blocks);
            Assert.Equal(expected.NoiseMarkers, article.NoiseMarkers);
        });
    }
}
