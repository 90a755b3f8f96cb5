using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Drops the licence and registration numbers Chinese sites print in their footers:
/// "License for publishing multimedia online 0108263", "Registration Number: 130349", "京ICP备05070218号".
/// </summary>
internal sealed partial class RegistrationRule : LineNoiseRule
{
    private const int MaxChars = 150;
    private const int MaxWords = 12;

    public override bool IsNoise(string line) =>
        line.Length <= MaxChars && LineShape.CountWords(line) <= MaxWords && Pattern().IsMatch(line);

    [GeneratedRegex(@"^(?:licen[cs]e|registration|reg\.|permit)\b.*\d{5,}|ICP.{0,3}\d{6,}", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
