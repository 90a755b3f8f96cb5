namespace QaBot.Core.Analysis;

/// <summary>One term produced by the analyzer, with the word it came from.</summary>
/// <param name="Term">The indexed form (lower case, stemmed).</param>
/// <param name="Position">The token position (stop words leave gaps).</param>
/// <param name="Original">The text as written.</param>
/// <param name="IsSynonym">True for a synonym the analyzer added, not a word of the text.</param>
/// <param name="Start">Offset of the word in the text.</param>
public readonly record struct AnalyzedToken(string Term, int Position, string Original, bool IsSynonym = false, int Start = 0)
{
    /// <summary>True for numbers such as "2020", "5.9" or "1,000".</summary>
    public bool IsNumber => Term.Length > 0 && char.IsDigit(Term[0]);
}
