using System.CommandLine;

namespace QaBot.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> Index() => new("--index")
    {
        Description = "The index folder (default: index, or Index:Path in appsettings.json).",
        HelpName = "DIR",
    };

    public static Option<string?> Corpus() => new("--corpus")
    {
        Description = "The folder of articles (default: corpus, or Corpus:Path in appsettings.json).",
        HelpName = "DIR",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print one JSON object instead of text.",
    };
}
