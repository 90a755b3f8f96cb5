using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>Drops image alt texts scrapers keep as lines: "Image of Admission letters catch eyes of freshmen".</summary>
internal sealed partial class ImagePlaceholderRule : LineNoiseRule
{
    public override bool IsNoise(string line) => (LineShape.IsTitleLike(line) && Pattern().IsMatch(line)) || Bare().IsMatch(line);

    [GeneratedRegex(@"^(?:image|photo|picture|video|gallery)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^\[?(?:image|photo|picture|video|gallery)\]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Bare();
}
