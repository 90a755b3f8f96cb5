namespace QaBot.Core.Corpus.Formats;

/// <summary>
/// A text split at its YAML front matter. <paramref name="Values"/> holds the keys found (compared ignoring case);
/// <paramref name="Broken"/> is true when a delimited block was there but was not a YAML mapping.
/// </summary>
internal sealed record FrontMatter(IReadOnlyDictionary<string, string> Values, string Body, bool Broken)
{
    // Most texts have no front matter: they share one empty, read-only set of values instead of a new dictionary each.
    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase).AsReadOnly();

    public static FrontMatter None(string body) => new(NoValues, body, Broken: false);
}
