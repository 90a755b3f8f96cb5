namespace QaBot.Core.Answers;

/// <summary>The sentence picked in a passage and how well it answers.</summary>
/// <param name="Index">Index of the sentence in the passage.</param>
/// <param name="Score">IDF-weighted overlap with the question, plus the answer-kind bonus.</param>
public readonly record struct SentenceChoice(int Index, double Score);
