using QaBot.Core.Corpus;
using QaBot.Core.Indexing;

namespace QaBot.Core.Tests.Corpus;

public class CorpusScannerTests
{
    [Fact]
    public void Scan_NestedFolders_ListsSupportedFilesSortedAndSkipsTheRest()
    {
        using var folder = new TempDirectory();
        folder.Write("b.txt");
        folder.Write("B.md");
        folder.Write("a/z.HTML");
        folder.Write("a/deeper/x.markdown");
        folder.Write("c.htm");
        folder.Write("notes.pdf");
        folder.Write("a/data.csv");
        folder.Write("LICENSE");

        var scan = CorpusScanner.Scan(folder.Path);

        Assert.Equal(["B.md", "a/deeper/x.markdown", "a/z.HTML", "b.txt", "c.htm"], scan.Files.Select(f => f.RelativePath));
        Assert.All(scan.Files, f => Assert.Equal(Path.Combine(folder.Path, f.RelativePath.Replace('/', Path.DirectorySeparatorChar)), f.FullPath));
        Assert.Equal(
            [
                new SkippedFile("LICENSE", "unsupported file type (no extension)"),
                new SkippedFile("a/data.csv", "unsupported file type '.csv'"),
                new SkippedFile("notes.pdf", "unsupported file type '.pdf'"),
            ],
            scan.Skipped);
    }

    [Fact]
    public void Scan_NamesThatSortAroundTheSlash_ComeInOrdinalOrderOfTheWholePath()
    {
        // '-' and '.' sort before '/', and '0' after it: a folder "a" lists between "a.txt" and "a0.txt".
        using var folder = new TempDirectory();
        folder.Write("a0.txt");
        folder.Write("a/x.txt");
        folder.Write("a-b/y.txt");
        folder.Write("a.txt");
        folder.Write("a/b/c.txt");
        folder.Write("a/b.txt");
        folder.Write("a b.txt");

        var scan = CorpusScanner.Scan(folder.Path);

        string[] expected = ["a b.txt", "a-b/y.txt", "a.txt", "a/b.txt", "a/b/c.txt", "a/x.txt", "a0.txt"];
        Assert.Equal(expected, scan.Files.Select(f => f.RelativePath));
        Assert.Equal(expected.Order(StringComparer.Ordinal), expected);
    }

    [Fact]
    public void Scan_ManyFoldersListedAtOnce_JoinsThemInTheOrderOfTheirPaths()
    {
        using var folder = new TempDirectory();
        var files = new List<string>();
        var skipped = new List<string>();
        for (var i = 0; i < 64; i++)
        {
            // Names whose order differs from the order they were made in, files beside folders, nesting.
            var name = $"{(i * 37) % 64:00}";
            files.AddRange([$"{name}/b.txt", $"{name}/a/c.md", $"{name}.txt"]);
            skipped.Add($"{name}/notes.pdf");
        }

        foreach (var path in files.Concat(skipped))
        {
            folder.Write(path);
        }

        var scan = CorpusScanner.Scan(folder.Path);

        Assert.Equal(files.Order(StringComparer.Ordinal), scan.Files.Select(f => f.RelativePath));
        Assert.Equal(skipped.Order(StringComparer.Ordinal), scan.Skipped.Select(s => s.File));
    }

    [Fact]
    public void Scan_HiddenFilesAndFolders_AreIgnoredSilently()
    {
        using var folder = new TempDirectory();
        folder.Write("visible.txt");
        folder.Write(".hidden.txt");
        folder.Write(".DS_Store");
        folder.Write(".git/config.txt");
        folder.Write("sub/.cache/inner.txt");

        var scan = CorpusScanner.Scan(folder.Path);

        Assert.Equal(["visible.txt"], scan.Files.Select(f => f.RelativePath));
        Assert.Empty(scan.Skipped);
    }

    [Fact]
    public void Scan_EmptyFolder_FindsNothing()
    {
        using var folder = new TempDirectory();

        var scan = CorpusScanner.Scan(folder.Path);

        Assert.Empty(scan.Files);
        Assert.Empty(scan.Skipped);
    }

    [Fact]
    public void Scan_MissingFolder_Throws()
    {
        using var folder = new TempDirectory();

        Assert.Throws<DirectoryNotFoundException>(() => CorpusScanner.Scan(Path.Combine(folder.Path, "nope")));
    }

    [Fact]
    public void Scan_SymbolicLinkToFolder_IsNotFollowedButReported()
    {
        using var folder = new TempDirectory();
        folder.Write("real/a.txt");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "loop"), folder.Path);

        var scan = CorpusScanner.Scan(folder.Path);

        Assert.Equal(["real/a.txt"], scan.Files.Select(f => f.RelativePath));
        Assert.Equal([new SkippedFile("loop/", "symbolic link to a folder, not followed")], scan.Skipped);
    }

    [Fact]
    public void Scan_SeedCorpus_ListsTheFiveSeeds()
    {
        var scan = CorpusScanner.Scan(RepoPaths.Corpus);

        Assert.Equal(["000", "001", "002", "003", "004"], scan.Files.Select(f => f.RelativePath[..3]));
        Assert.Empty(scan.Skipped);
    }
}
