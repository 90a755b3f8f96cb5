namespace QaBot.Core.Analysis;

/// <summary>One analyzed term as the index stores it: the term, its position and where its word lies in the text.</summary>
/// <param name="Term">The indexed form (lower case, stemmed).</param>
/// <param name="Position">The token position; stop words leave gaps.</param>
/// <param name="Start">Offset of the word's first character.</param>
/// <param name="End">Offset after the word's last character.</param>
public readonly record struct IndexToken(string Term, int Position, int Start, int End);
