using System.Text;
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
        line.Length <= MaxChars && LineShape.CountWords(line) <= MaxWords && MayHoldNumber(line) && Pattern().IsMatch(line);

    /// <summary>
    /// Whether <see cref="Pattern"/> can match: both alternatives need a run of digits, and in ASCII \d matches only 0 to 9.
    /// Other lines, whose digits may be any script's, go to the regex.
    /// </summary>
    internal static bool MayHoldNumber(string line) => line.AsSpan().ContainsAnyInRange('0', '9') || !Ascii.IsValid(line);

    [GeneratedRegex(@"^(?:licen[cs]e|registration|reg\.|permit)\b.*\d{5,}|ICP.{0,3}\d{6,}", RegexOptions.IgnoreCase)]
    internal static partial Regex Pattern();
}
