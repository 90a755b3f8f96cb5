namespace QaBot.Core.Evaluation;

/// <summary>How one question fared: the rank of the first right passage (0 when none) and whether the first sentence was right.</summary>
public sealed record QuestionOutcome(EvalQuestion Question, bool Abstained, int FirstHitRank, bool SentenceHit, string? FirstSentence);
