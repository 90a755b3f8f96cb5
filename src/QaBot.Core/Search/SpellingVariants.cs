namespace QaBot.Core.Search;

/// <summary>
/// British and American spellings of one word ("harbour" and "harbor", "kilometres" and "kilometers",
/// "analyse" and "analyze", "travelled" and "traveled"): a question in one spelling should find
/// articles written in the other, even though both are real words.
/// </summary>
internal static class SpellingVariants
{
    /// <summary>American endings and their British forms.</summary>
    private static readonly (string American, string British)[] Endings =
    [
        ("ization", "isation"), ("izations", "isations"), ("ize", "ise"), ("ized", "ised"), ("izes", "ises"), ("izing", "ising"),
        ("yze", "yse"), ("yzed", "ysed"), ("yzes", "yses"), ("yzing", "ysing"),
        ("ter", "tre"), ("ters", "tres"), ("og", "ogue"), ("ogs", "ogues"), ("ense", "ence"), ("enses", "ences"),
        ("eled", "elled"), ("eling", "elling"), ("eler", "eller"), ("elers", "ellers"), ("aled", "alled"), ("aling", "alling"),
    ];

    /// <summary>The other spellings of <paramref name="word"/> these rules give, lower case; most are not words.</summary>
    public static IEnumerable<string> Others(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        foreach (var (american, british) in Endings)
        {
            if (Swap(lower, american, british) is { } toBritish)
            {
                yield return toBritish;
            }

            if (Swap(lower, british, american) is { } toAmerican)
            {
                yield return toAmerican;
            }
        }

        // "or" and "our" (color, neighbours, laborers), but not in short words like for and four.
        if (lower.Length < 5)
        {
            yield break;
        }

        for (var at = lower.IndexOf("or", 1, StringComparison.Ordinal); at >= 0; at = lower.IndexOf("or", at + 1, StringComparison.Ordinal))
        {
            yield return lower.Insert(at + 1, "u");
        }

        for (var at = lower.IndexOf("our", 1, StringComparison.Ordinal); at >= 0; at = lower.IndexOf("our", at + 1, StringComparison.Ordinal))
        {
            yield return lower.Remove(at + 1, 1);
        }
    }

    private static string? Swap(string word, string ending, string replacement) =>
        word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal)
            ? string.Concat(word.AsSpan(0, word.Length - ending.Length), replacement)
            : null;
}
