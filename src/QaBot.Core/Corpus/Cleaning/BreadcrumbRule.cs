using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>Drops breadcrumb trails: "Home / China / Innovation", "News > World > Asia".</summary>
internal sealed partial class BreadcrumbRule : LineNoiseRule
{
    private const int MaxWordsPerCrumb = 4;

    public override bool IsNoise(string line)
    {
        if (!LineShape.IsTitleLike(line))
        {
            return false;
        }

        var crumbs = Separator().Split(line);
        var trail = crumbs.Length >= 3 || (crumbs.Length == 2 && crumbs[0].Equals("Home", StringComparison.OrdinalIgnoreCase));
        return trail && crumbs.All(c => c.Length > 0 && LineShape.CountWords(c) <= MaxWordsPerCrumb);
    }

    // Pipes are left to bylines ("By X | China Daily | Updated: ..."), which are read before this rule runs.
    [GeneratedRegex(@"\s+(?:/|>|»|›|→)\s+")]
    private static partial Regex Separator();
}
