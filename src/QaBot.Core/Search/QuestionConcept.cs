namespace QaBot.Core.Search;

/// <summary>One idea of a question: the words typed at one position and every term that can stand for them.</summary>
/// <param name="Typed">The terms of the words as typed.</param>
/// <param name="Terms">Those and their synonyms.</param>
public sealed record QuestionConcept(IReadOnlyList<string> Typed, IReadOnlyList<string> Terms);
