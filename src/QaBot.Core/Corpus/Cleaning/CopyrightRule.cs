using System.Text;
using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>Drops copyright footers: "Copyright 1995 - . All rights reserved...", "© 2021 Xinhua".</summary>
internal sealed partial class CopyrightRule : LineNoiseRule
{
    // "Copyright" must be followed by a year or ©, so prose such as "Copyright holders sued..." stays.
    public override bool IsNoise(string line) => MayBeCopyright(line) && Pattern().IsMatch(line);

    /// <summary>
    /// Whether <see cref="Pattern"/> can match. An ASCII line has no "©", so a match starts with "copyright" or holds
    /// "all rights reserved", and ASCII letters match only their own upper and lower case. Other lines go to the regex,
    /// whose case-insensitive matching also pairs some non-ASCII letters (the Turkish dotted I, the long s) with ASCII ones.
    /// </summary>
    internal static bool MayBeCopyright(string line) =>
        !Ascii.IsValid(line)
        || line.StartsWith("copyright", StringComparison.OrdinalIgnoreCase)
        || line.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:copyright\s*(?:©|\(c\)|\d{4})|©\s*(?:\d{4}|\p{Lu}))|\ball rights reserved\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Pattern();
}
