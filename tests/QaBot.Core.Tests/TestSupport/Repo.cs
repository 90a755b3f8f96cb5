namespace QaBot.Core.Tests.TestSupport;

/// <summary>Paths in the repository, found from the test binaries.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string CorpusPath => Path.Combine(Root, "corpus");

    public static string SharedPath => Path.Combine(Root, "..", "shared");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QaBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("QaBot.sln not found above " + AppContext.BaseDirectory);
    }
}
