namespace QaBot.Core.Corpus.Cleaning;

/// <summary>Drops lines with no letter or digit at all: separators ("* * *", "---"), stray bullets and arrows.</summary>
internal sealed class DecorationLineRule : LineNoiseRule
{
    public override bool IsNoise(string line) => !LineShape.HasLetterOrDigit(line);
}
