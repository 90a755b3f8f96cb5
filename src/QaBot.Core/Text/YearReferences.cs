using System.Globalization;
using System.Text.RegularExpressions;

namespace QaBot.Core.Text;

/// <summary>
/// The years a text speaks of: the years it names ("in 2020") and, when the article's publication
/// year is known, the years it means ("last year" in an article of 2021 is 2020).
/// </summary>
public static partial class YearReferences
{
    public static IReadOnlySet<string> Find(string text, int? publicationYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        var years = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in NamedYear().Matches(text))
        {
            years.Add(match.Value);
        }

        if (publicationYear is { } year)
        {
            foreach (Match match in RelativeYear().Matches(text))
            {
                var offset = match.Groups[1].Value.ToLowerInvariant() switch
                {
                    "last" or "past" => -1,
                    "next" => 1,
                    _ => 0,
                };
                years.Add((year + offset).ToString(CultureInfo.InvariantCulture));
            }
        }

        return years;
    }

    /// <summary>True for a term that is a year this class finds (1950 to 2099).</summary>
    public static bool IsYear(string term) =>
        term is { Length: 4 } && int.TryParse(term, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1950 and <= 2099;

    [GeneratedRegex(@"\b(19[5-9]\d|20\d\d)\b")]
    private static partial Regex NamedYear();

    [GeneratedRegex(@"\b(last|this|next|past) year\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYear();
}
