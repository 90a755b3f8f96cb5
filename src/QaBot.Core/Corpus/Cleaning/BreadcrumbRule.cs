using System.Buffers;
using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>Drops breadcrumb trails: "Home / China / Innovation", "News > World > Asia".</summary>
internal sealed partial class BreadcrumbRule : LineNoiseRule
{
    private const int MaxWordsPerCrumb = 4;

    // The marks a separator is made of: without one, splitting gives back the line alone, which is no trail.
    private static readonly SearchValues<char> SeparatorMarks = SearchValues.Create("/>»›→");

    public override bool IsNoise(string line)
    {
        if (!LineShape.IsTitleLike(line) || !line.AsSpan().ContainsAny(SeparatorMarks))
        {
            return false;
        }

        var crumbs = Separator().Split(line);
        var trail = crumbs.Length >= 3 || (crumbs.Length == 2 && crumbs[0].Equals("Home", StringComparison.OrdinalIgnoreCase));
        return trail && crumbs.All(c => c.Length > 0 && LineShape.CountWords(c) <= MaxWordsPerCrumb);
    }

    // Pipes are left to bylines ("By X | China Daily | Updated: ..."), which are read before this rule runs.
    [GeneratedRegex(@"\s+(?:/|>|»|›|→)\s+")]
    internal static partial Regex Separator();
}
