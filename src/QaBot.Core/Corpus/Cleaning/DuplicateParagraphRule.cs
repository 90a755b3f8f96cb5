namespace QaBot.Core.Corpus.Cleaning;

/// <summary>Drops a line that repeats the line before it exactly (scrapers often keep a lead twice). One noise marker each.</summary>
internal sealed class DuplicateParagraphRule : ICleaningRule
{
    public void Apply(ArticleDraft draft)
    {
        for (var i = draft.Lines.Count - 1; i > 0; i--)
        {
            if (string.Equals(draft.Lines[i].Text, draft.Lines[i - 1].Text, StringComparison.Ordinal))
            {
                draft.Lines.RemoveAt(i);
                draft.CountNoise();
            }
        }
    }
}
