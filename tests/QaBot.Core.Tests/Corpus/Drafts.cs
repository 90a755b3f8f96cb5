using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus;

/// <summary>Small hand-made drafts for rule tests.</summary>
internal static class Drafts
{
    public static ArticleDraft Of(params string[] lines) => new(lines.Select(line => new SourceLine(line)));

    public static ArticleDraft Of(params SourceLine[] lines) => new(lines);

    /// <summary>Applies <paramref name="rule"/> and returns the lines left.</summary>
    public static List<string> Run(this ICleaningRule rule, ArticleDraft draft)
    {
        rule.Apply(draft);
        return draft.Lines.Select(line => line.Text).ToList();
    }
}
