namespace QaBot.Core.Corpus.Cleaning;

/// <summary>One named cleaning step. Rules are stateless and run in the order <see cref="CleaningPipeline"/> gives.</summary>
internal interface ICleaningRule
{
    void Apply(ArticleDraft draft);
}
