using Microsoft.Extensions.Configuration;
using QaBot.Core.Search;

namespace QaBot.Cli.Configuration;

/// <summary>
/// Settings shared by the commands, each layer over the one before: the <c>appsettings.json</c> shipped
/// beside the program (the defaults), an <c>appsettings.json</c> in the working folder, then environment
/// variables with the <c>QABOT_</c> prefix (<c>QABOT_Search__K1=0.9</c>); command-line options win over all.
/// </summary>
internal static class CliSettings
{
    public static IConfiguration Load() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables("QABOT_")
            .Build();

    public static SearchOptions SearchOptions(IConfiguration configuration) =>
        configuration.GetSection("Search").Get<SearchOptions>() ?? new SearchOptions();

    public static string IndexPath(IConfiguration configuration, string? option) =>
        option ?? configuration["Index:Path"] ?? "index";

    /// <summary>How long a second indexer waits for the first (Index:LockTimeout, default 3 s).</summary>
    public static TimeSpan LockTimeout(IConfiguration configuration) =>
        configuration.GetValue<TimeSpan?>("Index:LockTimeout") ?? TimeSpan.FromSeconds(3);

    public static string CorpusPath(IConfiguration configuration, string? option) =>
        option ?? configuration["Corpus:Path"] ?? "corpus";
}
