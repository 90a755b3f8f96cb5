using QaBot.Core.Corpus;
using QaBot.Core.Corpus.Cleaning;
using QaBot.Core.Corpus.Decoding;
using QaBot.Core.Corpus.Formats;

namespace QaBot.Core.Tests.Corpus;

/// <summary>The five seed articles in corpus/, read whole or stopped just before one cleaning rule.</summary>
internal static class SeedCorpus
{
    public static string FullPath(string number) =>
        Directory.GetFiles(RepoPaths.Corpus, number + "_*.txt").Single();

    public static string RelativePath(string number) => Path.GetFileName(FullPath(number));

    public static CleanArticle Read(string number)
    {
        var result = new ArticleReader().Read(FullPath(number), RelativePath(number));
        Assert.False(result.IsSkipped, result.SkipReason);
        return result.Article;
    }

    /// <summary>The seed as the rules first see it: decoded, normalised and split into lines.</summary>
    public static ArticleDraft Draft(string number)
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(FullPath(number)));
        return ArticleDraftBuilder.Build(ArticleFormat.PlainText, decoded.Text!);
    }

    /// <summary>The seed after every rule that runs before <typeparamref name="TRule"/>, so the rule sees what it sees in production.</summary>
    public static ArticleDraft DraftBefore<TRule>(string number)
        where TRule : ICleaningRule
    {
        var draft = Draft(number);
        foreach (var rule in CleaningPipeline.Rules.TakeWhile(rule => rule is not TRule))
        {
            rule.Apply(draft);
        }

        return draft;
    }

    public static List<string> Texts(ArticleDraft draft) => draft.Lines.Select(line => line.Text).ToList();
}
