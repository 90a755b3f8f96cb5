using System.Diagnostics;
using QaBot.Core.Corpus;

namespace QaBot.Core.Tests.Corpus;

public sealed class ArticleFileTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_File_ReturnsItsBytesAndLastWriteTime()
    {
        var path = Path.Combine(_folder.Path, "article.txt");
        byte[] bytes = [.. "Title\n\nThe budget rose by 5 percent.\n"u8, 0xC2, 0xA0];
        File.WriteAllBytes(path, bytes);
        var written = new DateTime(2024, 3, 9, 10, 30, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        var (content, modified) = ArticleFile.Read(path);

        Assert.Equal(bytes, content);
        Assert.Equal(written.Ticks, modified);
    }

    [Fact]
    public void Read_EmptyFile_ReturnsNoBytes()
    {
        var path = _folder.Write("empty.txt", string.Empty);

        Assert.Empty(ArticleFile.Read(path).Content);
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFoundNamingIt()
    {
        var path = Path.Combine(_folder.Path, "gone.txt");

        var error = Assert.Throws<FileNotFoundException>(() => ArticleFile.Read(path));

        Assert.Contains("gone.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Folder_ThrowsAnIOError()
    {
        var path = Directory.CreateDirectory(Path.Combine(_folder.Path, "folder.txt")).FullName;

        var error = Record.Exception(() => ArticleFile.Read(path));

        Assert.True(error is IOException or UnauthorizedAccessException, $"got {error?.GetType().Name ?? "no exception"}");
    }

    [Fact]
    public async Task Read_NamedPipeWithoutWriter_FailsAtOnceInsteadOfWaitingForOne()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var path = Path.Combine(_folder.Path, "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", [path]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var reading = Task.Run(() => ArticleFile.Read(path));
        var finished = await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(10)));

        Assert.Same(reading, finished);
        var error = await Assert.ThrowsAsync<IOException>(() => reading);
        Assert.Equal("not a regular file (a pipe or a device)", error.Message);
    }
}
