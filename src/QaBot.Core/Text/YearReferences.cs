using System.Collections.Frozen;
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
        // Most passages name no year: no set, match or group object is made for them.
        HashSet<string>? years = null;
        foreach (var match in NamedYear().EnumerateMatches(text))
        {
            (years ??= new(StringComparer.Ordinal)).Add(text.Substring(match.Index, match.Length));
        }

        if (publicationYear is { } year)
        {
            foreach (var match in RelativeYear().EnumerateMatches(text))
            {
                // Each of the pattern's words has four letters.
                var offset = text.AsSpan(match.Index, 4) switch
                {
                    var w when w.Equals("last", StringComparison.OrdinalIgnoreCase) || w.Equals("past", StringComparison.OrdinalIgnoreCase) => -1,
                    var w when w.Equals("next", StringComparison.OrdinalIgnoreCase) => 1,
                    _ => 0,
                };
                (years ??= new(StringComparer.Ordinal)).Add((year + offset).ToString(CultureInfo.InvariantCulture));
            }
        }

        return years ?? (IReadOnlySet<string>)FrozenSet<string>.Empty;
    }

    /// <summary>True for a term that is a year this class finds (1950 to 2099).</summary>
    public static bool IsYear(string term) =>
        term is { Length: 4 } && int.TryParse(term, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1950 and <= 2099;

    [GeneratedRegex(@"\b(19[5-9]\d|20\d\d)\b")]
    private static partial Regex NamedYear();

    [GeneratedRegex(@"\b(?:last|this|next|past) year\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYear();
}
