using System.Globalization;
using System.Text;
using QaBot.Core.Corpus.Decoding;
using QaBot.Core.Tests.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Decoding;

/// <summary>Unicode folding and the whole normalisation held against a rune-by-rune reference on seed and random text.</summary>
public class UnicodeFoldingTests
{
    // Spaces of every kind, invisible format characters, line breaks, surrogate pairs and lone halves, combining marks.
    private static readonly string[] Pieces =
    [
        "a", "Word", ".", "said.”", "中文", "é", "e\u0301", "ﬁ", "Ｆｕｌｌ", "😀", "\uD83D", "\uDE00", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r",
        "\u00A0", "\u2003", "\u3000", "\u0085", "\u2028", "\u2029", "\u200B", "\u200D", "\u00AD", "\uFEFF", "\u200E", "\u0001", "\u007F", "\u000C", "\u001C", "~", "!",
    ];

    [Fact]
    public void FoldUnicode_SeedAndRandomText_AgreesWithRuneByRuneFolding()
    {
        foreach (var text in Texts())
        {
            foreach (var keepNewLines in new[] { true, false })
            {
                Assert.Equal(ReferenceFold(text, keepNewLines), TextNormalizer.FoldUnicode(text, keepNewLines));
            }
        }
    }

    [Fact]
    public void Normalize_SeedAndRandomText_AgreesWithTheReference()
    {
        foreach (var text in Texts())
        {
            var prepared = string.Concat(text.EnumerateRunes().Select(rune => rune.ToString())).Normalize(NormalizationForm.FormKC);
            Assert.Equal(Fold(prepared.ReplaceLineEndings("\n"), keepNewLines: true), TextNormalizer.Normalize(text));
            Assert.Equal(Fold(prepared, keepNewLines: false), TextNormalizer.NormalizeLine(text));
        }
    }

    private static List<string> Texts()
    {
        var random = new Random(21);
        var texts = new List<string>(PreCheckLines.Seed())
        {
            string.Concat(PreCheckLines.Seed()),
            new string('x', 300) + "é" + new string(' ', 5),
        };
        for (var i = 0; i < 20_000; i++)
        {
            texts.Add(string.Concat(Enumerable.Range(0, random.Next(0, 16)).Select(_ => Pieces[random.Next(Pieces.Length)])));
        }

        return texts;
    }

    private static string Fold(string text, bool keepNewLines) =>
        Ascii.IsValid(text) ? TextNormalizer.FoldAsciiChars(text, keepNewLines) : ReferenceFold(text, keepNewLines);

    // Folding as it was written first: rune by rune into a StringBuilder.
    private static string ReferenceFold(string text, bool keepNewLines)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n' && keepNewLines)
            {
                result.Append('\n');
                pendingSpace = false;
                continue;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = true;
                continue;
            }

            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control)
            {
                continue;
            }

            if (pendingSpace && result.Length > 0 && result[^1] != '\n')
            {
                result.Append(' ');
            }

            pendingSpace = false;
            result.Append(rune.ToString());
        }

        return result.ToString();
    }
}
