using QaBot.Core.Text;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>Shape tests on one normalised line, shared so that every rule means the same by "short".</summary>
internal static class LineShape
{
    /// <summary>Longest line, in words, that can still be a headline or a menu entry (related-story titles run to ~11).</summary>
    public const int MaxTitleWords = 14;

    /// <summary>Longest short line, in words, that is read as a subhead between paragraphs.</summary>
    public const int MaxHeadingWords = 8;

    private const int MaxTitleChars = 150;

    // Sentence and clause ends in Latin and CJK punctuation. A line ending in one of these is prose.
    private const string Terminals = ".!?…:;,。！？；：，";

    // Closing marks that may follow the real last character: `said.”` ends a sentence.
    private const string Closers = "\"'”’)]}»」』）";

    public static int CountWords(string line) => WordCount.SpaceSeparated(line);

    public static bool EndsLikeSentence(string line)
    {
        var end = line.AsSpan().TrimEnd(Closers);
        return end.Length > 0 && Terminals.Contains(end[^1]);
    }

    public static bool HasLetter(string line)
    {
        // A loop, not LINQ's Any: that enumerates the string through an allocated enumerator, for every line.
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasLetterOrDigit(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short line without sentence punctuation at its end: a headline, subhead, menu entry or label.</summary>
    public static bool IsTitleLike(string line) =>
        line.Length <= MaxTitleChars
        && HasLetter(line)
        && !EndsLikeSentence(line)
        && CountWords(line) <= MaxTitleWords;

    /// <summary>Title-like and short enough to be a subhead.</summary>
    public static bool IsHeadingLike(string line) => IsTitleLike(line) && CountWords(line) <= MaxHeadingWords;
}
