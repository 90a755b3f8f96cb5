using System.Text;

namespace QaBot.Core.Tests.Text;

/// <summary>
/// Random text that exercises every branch of the text code: sentence ends, closers and openers, titles,
/// months, initials, dotted abbreviations, decimals, Unicode letters and white space, glued punctuation,
/// and blank texts. Seeded, so a failure names an input that can be regenerated.
/// </summary>
internal static class RandomProse
{
    private static readonly string[] Pieces =
    [
        "the", "river", "opened", "said", "Zhang", "Bridge", "officials", "percent", "in", "on", "The", "It", "A", "I",
        "Mr.", "mrs.", "Dr.", "Prof.", "St.", "Inc.", "Co.", "No.", "vs.", "v.", "Jan.", "Sept.", "Dec.", "dec.",
        "U.S.", "U.S", "U.N.", "a.m.", "p.m.", "e.g.", "J.", "j.", "Ph.D.", "abcdefg.h.", "bn.",
        "5.9", "2020.", "42", "10,000", "3.", "1.5.", "0",
        ".", "..", "...", "!", "?", "?!", "…", ",", ";", ":", "-", "—", "\"", "'", ")", "]", "”", "’", "»", "“", "‘", "(", "[", "«",
        "über", "Über", "ÉCOLE", "naïve", "İstanbul", "ß", "Ǆ", "中国", "经济增长", "日本語", "مرحبا", "Ωmega", "ǅemal", "e\u0301", "😀", "𝐀𝐁", "\uD800",
        "x²", "½", "Ⅻ", "٣", "a_b", "c++", "@all", "#tag", "http://x.com/a.b",
    ];

    private static readonly string[] Separators = [" ", " ", " ", " ", "", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u3000", "\u0085", "\f"];

    /// <summary>A text of up to <paramref name="maxPieces"/> pieces; about one in twenty is empty or white space only.</summary>
    public static string Next(Random random, int maxPieces = 60)
    {
        switch (random.Next(20))
        {
            case 0:
                return string.Empty;
            case 1:
                return string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Separators[random.Next(Separators.Length)]));
        }

        var text = new StringBuilder();
        var pieces = random.Next(1, maxPieces + 1);
        for (var i = 0; i < pieces; i++)
        {
            text.Append(random.Next(8) == 0 ? RandomWord(random) : Pieces[random.Next(Pieces.Length)]);
            text.Append(Separators[random.Next(Separators.Length)]);
        }

        return random.Next(3) == 0 ? text.ToString().Trim() : text.ToString();
    }

    /// <summary>The paragraphs of the seed articles: every line of each file, and every block of each article as read.</summary>
    public static IEnumerable<string> SeedParagraphs()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadAllLines(file))
            {
                yield return line;
            }

            var article = new QaBot.Core.Corpus.ArticleReader().Read(file, Path.GetFileName(file)).Article;
            foreach (var block in article?.Blocks ?? [])
            {
                yield return block.Text;
            }
        }
    }

    private static string RandomWord(Random random)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éÉñ";
        return new string([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => letters[random.Next(letters.Length)])]);
    }
}
