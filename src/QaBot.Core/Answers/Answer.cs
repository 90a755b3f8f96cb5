namespace QaBot.Core.Answers;

/// <summary>The reply to one question: ranked passages, or an honest abstention with hints.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Abstained">True when nothing in the index answers the question well.</param>
/// <param name="Answers">Ranked passages, best first (empty when abstaining).</param>
/// <param name="Hints">When abstaining, at most a few titles of the closest articles.</param>
/// <param name="CorrectedQuestion">The question as searched when typos were corrected, otherwise null.</param>
/// <param name="FollowUpOf">The earlier question this one was understood to follow up, otherwise null.</param>
public sealed record Answer(
    string Question,
    bool Abstained,
    IReadOnlyList<AnswerPassage> Answers,
    IReadOnlyList<string> Hints,
    string? CorrectedQuestion = null,
    string? FollowUpOf = null);
