using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Cuts the article at a wire service's end-of-story marker (Xinhua's "Enditem"). The marker ends the story by
/// definition, so everything after it is furniture the republishing site added: tags, teasers, login prompts.
/// The marker and each line after it are one noise marker.
/// </summary>
internal sealed partial class EndMarkerRule : ICleaningRule
{
    public void Apply(ArticleDraft draft)
    {
        for (var i = 0; i < draft.Lines.Count; i++)
        {
            if (!MayEndWithMarker(draft.Lines[i].Text))
            {
                continue;
            }

            var match = Marker().Match(draft.Lines[i].Text);
            if (!match.Success)
            {
                continue;
            }

            var kept = draft.Lines[i].Text[..match.Index].TrimEnd();
            var after = draft.Lines.Count - i - 1;
            draft.Lines.RemoveRange(i + 1, after);
            if (kept.Length == 0)
            {
                draft.Lines.RemoveAt(i);
            }
            else
            {
                draft.Lines[i] = draft.Lines[i] with { Text = kept };
            }

            draft.CountNoise(1 + after);
            return;
        }
    }

    /// <summary>
    /// Whether <see cref="Marker"/> can match: every marker ends in 'm' or 'M' and only white space may follow it
    /// (the regex's \s is what <see cref="char.IsWhiteSpace(char)"/> trims), so the line's last other character is one of those.
    /// </summary>
    internal static bool MayEndWithMarker(string line)
    {
        var end = line.AsSpan().TrimEnd();
        return end.Length > 0 && end[^1] is 'm' or 'M';
    }

    // Only at the end of a line, alone or after a finished sentence: "enditem" inside a sentence is a word.
    [GeneratedRegex(@"(?:^|(?<=[.!?""”’)]\s*))(?:[Ee]nd[Ii]tem|ENDITEM|END ITEM)\s*$")]
    internal static partial Regex Marker();
}
