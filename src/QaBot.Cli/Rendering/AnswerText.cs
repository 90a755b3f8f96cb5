using System.Text;
using QaBot.Core.Answers;

namespace QaBot.Cli.Rendering;

/// <summary>
/// An answer as a person reads it: the answering sentence first, then its passage with the sentence
/// marked, then the source and other reports of the story, then the next passages briefly.
/// </summary>
internal static class AnswerText
{
    public static string Render(Answer answer, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(style);
        var text = new StringBuilder();
        if (answer.CorrectedQuestion is not null)
        {
            text.Append(style.Dim($"Showing results for: {TextStyle.Clean(answer.CorrectedQuestion)}")).Append('\n');
        }

        if (answer.FollowUpOf is not null)
        {
            text.Append(style.Dim($"(following up on: {TextStyle.Clean(answer.FollowUpOf)})")).Append('\n');
        }

        if (answer.Abstained)
        {
            text.Append("I found no good answer to that in the articles.").Append('\n');
            if (answer.Hints.Count > 0)
            {
                text.Append("The closest articles: ").Append(string.Join("; ", answer.Hints.Select(TextStyle.Clean))).Append('\n');
            }

            return text.ToString();
        }

        var first = answer.Answers[0];
        text.Append(style.Strong(TextStyle.Clean(first.Sentence))).Append("\n\n");
        text.Append(Indent(MarkSentence(first, style))).Append('\n');
        text.Append("  — ").Append(Source(first.Source)).Append('\n');
        if (first.AlsoReportedBy.Count > 0)
        {
            text.Append("  Also reported by: ")
                .Append(string.Join("; ", first.AlsoReportedBy.Select(r => TextStyle.Clean(r.Published is null ? r.Label : $"{r.Label} ({r.Published})"))))
                .Append('\n');
        }

        if (answer.Answers.Count > 1)
        {
            text.Append('\n').Append(style.Dim("More passages:")).Append('\n');
            foreach (var more in answer.Answers.Skip(1))
            {
                RenderBrief(text, more);
            }
        }

        return text.ToString();
    }

    /// <summary>One further passage in brief: its sentence and source.</summary>
    public static void RenderBrief(StringBuilder text, AnswerPassage passage)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(passage);
        text.Append("  ").Append(passage.Rank).Append(". ").Append(TextStyle.Clean(passage.Sentence)).Append('\n');
        text.Append("     — ").Append(Source(passage.Source)).Append('\n');
    }

    public static string Source(SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parts = new List<string> { source.Title };
        parts.AddRange(new[] { source.Publisher, source.Published, source.Url }.OfType<string>());
        parts.Add(source.File);
        return TextStyle.Clean(string.Join(" · ", parts));
    }

    private static string MarkSentence(AnswerPassage answer, TextStyle style)
    {
        var passage = TextStyle.Clean(answer.Passage);
        var start = answer.SentenceStart;
        var length = answer.Sentence.Length;
        if (start < 0 || start + length > passage.Length)
        {
            return passage;
        }

        return passage[..start] + style.Highlight(passage.Substring(start, length)) + passage[(start + length)..];
    }

    private static string Indent(string text) => "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);
}
