using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

/// <summary>
/// Lines to hold a cheap pre-check, or a faster path, against the logic it stands for: every line of the seed
/// articles (raw, and as each rule sees it), and random lines built from the words a rule looks for and the
/// characters that trip case-insensitive and white-space matching.
/// </summary>
internal static class PreCheckLines
{
    // Case folding oddities (Turkish i, long s, Kelvin sign), non-ASCII spaces, and the punctuation the rules use.
    private static readonly string[] Tricky =
    [
        " ", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\n", "\u0085", "\u001c", "İ", "ı", "ſ", "\u212a", "©", "É", "é", "ß", "Ω",
        "(", ")", "[", "]", ".", ",", ":", ";", "!", "?", "-", "–", "—", "/", "|", "»", "→", "›", ">", ">>", "<", "&", "'", "\"", "”", "’",
        "1", "2021", "12345678", "中文", "x", "A", "a", "the", "The",
    ];

    private static readonly string[] Numbers = ["000", "001", "002", "003", "004"];

    /// <summary>Every line of every seed: as in the file, and as each cleaning rule receives it.</summary>
    public static IEnumerable<string> Seed()
    {
        var lines = new List<string>();
        foreach (var number in Numbers)
        {
            lines.AddRange(File.ReadAllText(SeedCorpus.FullPath(number)).Split('\n'));
            var draft = SeedCorpus.Draft(number);
            foreach (var rule in CleaningPipeline.Rules)
            {
                lines.AddRange(SeedCorpus.Texts(draft));
                rule.Apply(draft);
            }

            lines.AddRange(SeedCorpus.Texts(draft));
        }

        return lines.Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// <paramref name="count"/> lines of up to a dozen pieces: the <paramref name="words"/> (in their own, upper,
    /// lower or title case) and the tricky characters, with or without a space between.
    /// </summary>
    public static IEnumerable<string> Random(int seed, int count, params string[] words)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var pieces = random.Next(1, 13);
            var line = new System.Text.StringBuilder();
            for (var p = 0; p < pieces; p++)
            {
                line.Append(random.Next(3) == 0 ? Tricky[random.Next(Tricky.Length)] : Cased(words[random.Next(words.Length)], random));
                if (random.Next(3) != 0)
                {
                    line.Append(' ');
                }
            }

            yield return random.Next(4) == 0 ? line.ToString() : line.ToString().Trim();
        }
    }

    /// <summary>The seed lines and 20,000 random ones.</summary>
    public static IEnumerable<string> All(int seed, params string[] words) => Seed().Concat(Random(seed, 20_000, words));

    private static string Cased(string word, Random random) => random.Next(5) switch
    {
        0 => word.ToUpperInvariant(),
        1 => word.ToLowerInvariant(),
        2 when word.Length > 0 => char.ToUpperInvariant(word[0]) + word[1..],
        _ => word,
    };
}
