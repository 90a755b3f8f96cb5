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

    // Only at the end of a line, alone or after a finished sentence: "enditem" inside a sentence is a word.
    [GeneratedRegex(@"(?:^|(?<=[.!?""”’)]\s*))(?:[Ee]nd[Ii]tem|ENDITEM|END ITEM)\s*$")]
    private static partial Regex Marker();
}
