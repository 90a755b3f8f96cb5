namespace QaBot.Core.Tests;

/// <summary>Finds the repository from the test binaries, so tests read the real seed corpus wherever they run.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding QaBot.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The seed corpus folder.</summary>
    public static string Corpus => Path.Combine(Root, "corpus");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "QaBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds QaBot.sln.");
    }
}
