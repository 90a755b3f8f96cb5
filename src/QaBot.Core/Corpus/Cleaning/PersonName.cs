using System.Globalization;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>Tidies a person's name as found in a byline.</summary>
internal static class PersonName
{
    /// <summary>"ZHANG YANGFEI" becomes "Zhang Yangfei"; a name already in mixed case is kept as written.</summary>
    public static string Tidy(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Any(char.IsLower) || !trimmed.Any(char.IsUpper))
        {
            return trimmed;
        }

        var titled = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(trimmed.ToLowerInvariant());
        return titled.Replace(" And ", " and ", StringComparison.Ordinal);
    }
}
