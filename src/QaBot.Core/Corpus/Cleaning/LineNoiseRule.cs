namespace QaBot.Core.Corpus.Cleaning;

/// <summary>A rule that drops whole lines it recognises as page furniture, one noise marker each.</summary>
internal abstract class LineNoiseRule : ICleaningRule
{
    private readonly Predicate<SourceLine> _isNoise;

    // One predicate for the rule's life, not one for every article.
    protected LineNoiseRule() => _isNoise = line => IsNoise(line.Text);

    public void Apply(ArticleDraft draft) => draft.RemoveNoise(_isNoise);

    /// <summary>True when <paramref name="line"/> is not article text.</summary>
    public abstract bool IsNoise(string line);
}
