namespace QaBot.Core.Answers;

/// <summary>Answers questions from the passage index. One instance serves many threads.</summary>
public interface IAnswerService
{
    /// <summary>Answers <paramref name="question"/> with up to <paramref name="top"/> passages, skipping the first <paramref name="skip"/>.</summary>
    /// <exception cref="Indexing.IndexUnavailableException">The index is missing or unreadable.</exception>
    Answer Ask(string question, int top, int skip = 0);

    /// <summary>
    /// Answers <paramref name="question"/> as a possible follow-up of <paramref name="topic"/> (the last
    /// question that set the subject). When it is one, the answer's <see cref="Answer.FollowUpOf"/> names
    /// the topic; otherwise the question stands alone and becomes the new topic.
    /// </summary>
    Answer AskInContext(string question, string? topic, int top, int skip = 0) => Ask(question, top, skip);

    /// <summary>The whole cleaned article stored for <paramref name="file"/>, or null when the index has no such file.</summary>
    ArticleView? GetArticle(string file);
}
