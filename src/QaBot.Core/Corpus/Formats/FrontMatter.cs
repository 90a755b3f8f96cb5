namespace QaBot.Core.Corpus.Formats;

/// <summary>
/// A text split at its YAML front matter. <paramref name="Values"/> holds the keys found (compared ignoring case);
/// <paramref name="Broken"/> is true when a delimited block was there but was not a YAML mapping.
/// </summary>
internal sealed record FrontMatter(IReadOnlyDictionary<string, string> Values, string Body, bool Broken)
{
    public static FrontMatter None(string body) => new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), body, Broken: false);
}
