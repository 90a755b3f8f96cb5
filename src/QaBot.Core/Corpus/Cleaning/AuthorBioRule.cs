using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Drops a columnist's bio closing the article ("Xu Yuenai is a Beijing-based columnist specializing in ...")
/// and the name line just above it when it repeats the bio's subject. Only the last line is considered:
/// a bio sentence in the middle of a story is part of the story.
/// </summary>
internal sealed partial class AuthorBioRule : ICleaningRule
{
    private const int MaxWords = 40;

    public void Apply(ArticleDraft draft)
    {
        if (draft.Lines.Count == 0)
        {
            return;
        }

        var last = draft.Lines[^1].Text;
        var match = Bio().Match(last);
        if (!match.Success || LineShape.CountWords(last) > MaxWords)
        {
            return;
        }

        draft.Lines.RemoveAt(draft.Lines.Count - 1);
        draft.CountNoise();
        if (draft.Lines.Count > 0 && draft.Lines[^1].Text == match.Groups["name"].Value)
        {
            draft.Lines.RemoveAt(draft.Lines.Count - 1);
            draft.CountNoise();
        }
    }

    [GeneratedRegex(
        @"^(?<name>\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){1,3}) (?:is|was) (?:an?|the) .{0,160}\b(?:columnist|writer|journalist|reporter|editor|correspondent|contributor|commentator|analyst|researcher|fellow|professor|author|economist|scholar)s?\b")]
    private static partial Regex Bio();
}
