namespace QaBot.Core.Search;

/// <summary>
/// Everyday English words of four letters or more (an American English spelling list, lower case). A
/// question word the articles never use but that is in this list is a real word, not a typo: "held"
/// must not become the indexed "help". Loaded at the first question with a word the index lacks.
/// </summary>
internal static class EnglishWords
{
    private const string Resource = "QaBot.Core.english-words.txt";

    private static readonly Lazy<HashSet<string>> Words = new(Load);

    /// <summary>Whether <paramref name="word"/>, in any case, is an English word of the list.</summary>
    public static bool Contains(string word) => Words.Value.Contains(word.ToLowerInvariant());

    private static HashSet<string> Load()
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The resource {Resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(64_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words;
    }
}
