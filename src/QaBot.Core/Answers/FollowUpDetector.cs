using System.Text.RegularExpressions;
using QaBot.Core.Search;

namespace QaBot.Core.Answers;

/// <summary>
/// Tells a follow-up ("and in rural areas?", "what about 2019?", "who said that?") from a new question:
/// it opens with a continuing phrase, or it is short and leans on the earlier question with a pronoun,
/// or it is too short to name a subject of its own.
/// </summary>
public static partial class FollowUpDetector
{
    private const int ShortQuestionTerms = 2;

    public static bool IsFollowUp(string question, ParsedQuestion parsed)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(parsed);
        var text = question.Trim().ToLowerInvariant();
        if (text.Length == 0)
        {
            return false;
        }

        if (ContinuingOpening().IsMatch(text))
        {
            return true;
        }

        var contentTerms = parsed.Terms.Count;
        return contentTerms <= ShortQuestionTerms && (Anaphora().IsMatch(text) || contentTerms <= 1);
    }

    [GeneratedRegex(@"^(and|also|but|so|what about|how about|what of|and what|and how|and who|and where|and when|same for|then)\b")]
    private static partial Regex ContinuingOpening();

    [GeneratedRegex(@"\b(that|this|it|its|they|them|their|those|these|he|she|his|her|there)\b")]
    private static partial Regex Anaphora();
}
