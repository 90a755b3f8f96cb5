namespace QaBot.Bot.Tests.Support;

/// <summary>Finds the repository (the folder holding QaBot.sln) from the test binaries, and shared/ beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string OpenApi => Path.Combine(Shared, "discord-api-spec", "openapi.json");

    public static string Twin => Path.Combine(Root, "tests", "QaBot.Bot.Tests", "twin");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QaBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No QaBot.sln above {AppContext.BaseDirectory}.");
    }
}
