using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>Drops copyright footers: "Copyright 1995 - . All rights reserved...", "© 2021 Xinhua".</summary>
internal sealed partial class CopyrightRule : LineNoiseRule
{
    // "Copyright" must be followed by a year or ©, so prose such as "Copyright holders sued..." stays.
    public override bool IsNoise(string line) => Pattern().IsMatch(line);

    [GeneratedRegex(@"^(?:copyright\s*(?:©|\(c\)|\d{4})|©\s*(?:\d{4}|\p{Lu}))|\ball rights reserved\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
