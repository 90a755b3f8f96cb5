namespace QaBot.Core.Corpus.Cleaning;

/// <summary>A rule that drops whole lines it recognises as page furniture, one noise marker each.</summary>
internal abstract class LineNoiseRule : ICleaningRule
{
    public void Apply(ArticleDraft draft) => draft.RemoveNoise(line => IsNoise(line.Text));

    /// <summary>True when <paramref name="line"/> is not article text.</summary>
    public abstract bool IsNoise(string line);
}
