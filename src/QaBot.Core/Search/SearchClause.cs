namespace QaBot.Core.Search;

/// <summary>One term of the passage query: a question term in one field, with its weight.</summary>
/// <param name="Field">The index field.</param>
/// <param name="Term">The analyzed term.</param>
/// <param name="Boost">What a match counts, against a typed word in the passage text (1).</param>
public readonly record struct SearchClause(string Field, string Term, float Boost);
