namespace QaBot.Core.Answers;

/// <summary>One ranked passage of an answer, with the sentence that answers the question.</summary>
/// <param name="Rank">1 for the best passage.</param>
/// <param name="Score">The ranking score (higher is better; comparable only within one answer).</param>
/// <param name="Sentence">The sentence of <paramref name="Passage"/> that best answers the question.</param>
/// <param name="Passage">The whole passage text.</param>
/// <param name="SentenceStart">Offset of <paramref name="Sentence"/> in <paramref name="Passage"/>.</param>
/// <param name="Source">The article the passage comes from.</param>
/// <param name="AlsoReportedBy">Other reports of the same story (near-duplicate articles), if any.</param>
public sealed record AnswerPassage(
    int Rank,
    float Score,
    string Sentence,
    string Passage,
    int SentenceStart,
    SourceInfo Source,
    IReadOnlyList<AlsoReported> AlsoReportedBy);
