namespace QaBot.Core.Tests.TestSupport;

/// <summary>A temporary folder with a corpus and an index beside it, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Directory.CreateTempSubdirectory("qabot-test-").FullName;
        Directory.CreateDirectory(Corpus);
    }

    public string Root { get; }

    public string Corpus => Path.Combine(Root, "corpus");

    public string Index => Path.Combine(Root, "index");

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Corpus, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void CopySeedCorpus()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Corpus))
        {
            File.Copy(file, Path.Combine(Corpus, Path.GetFileName(file)));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed may still hold a file open; the OS cleans temp folders.
        }
    }
}
