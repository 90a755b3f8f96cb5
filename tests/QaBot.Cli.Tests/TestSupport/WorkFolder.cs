namespace QaBot.Cli.Tests.TestSupport;

/// <summary>A temporary working folder holding a copy of the seed corpus, deleted on dispose.</summary>
public sealed class WorkFolder : IDisposable
{
    public WorkFolder(bool withSeedCorpus = true)
    {
        Root = Directory.CreateTempSubdirectory("qabot-cli-").FullName;
        Corpus = Path.Combine(Root, "corpus");
        Directory.CreateDirectory(Corpus);
        if (withSeedCorpus)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot, "corpus")))
            {
                File.Copy(file, Path.Combine(Corpus, Path.GetFileName(file)));
            }
        }
    }

    public static string RepoRoot { get; } = FindRepoRoot();

    public string Root { get; }

    public string Corpus { get; }

    public string Index => Path.Combine(Root, "index");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed child may still be releasing files; the OS cleans temp folders.
        }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QaBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("QaBot.sln not found");
    }
}
