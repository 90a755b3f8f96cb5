using System.Globalization;
using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>Recognises dates the way news sites write them, with or without the year.</summary>
internal static partial class DateText
{
    private static readonly string[] WithYear =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd", "yyyy/M/d",
        "yyyy/MM/dd HH:mm", "yyyy/MM/dd HH:mm:ss", "yyyy.MM.dd",
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy", "MMM. d, yyyy",
        "d MMMM yyyy", "d MMM yyyy", "d MMM. yyyy",
        "MMMM d, yyyy HH:mm", "MMM d, yyyy HH:mm", "MMM. d, yyyy HH:mm",
    ];

    // Parsed with a leap year appended, so "February 29" is recognised whatever year it is today.
    private static readonly string[] WithoutYear = ["MMMM d yyyy", "MMM d yyyy", "MMM. d yyyy", "d MMMM yyyy", "d MMM yyyy"];

    /// <summary>
    /// True when <paramref name="text"/> is a date. <paramref name="date"/> is set only when the year is written;
    /// "November 24" is a date with an unknown year.
    /// </summary>
    public static bool TryParse(string text, out DateOnly? date)
    {
        date = null;
        var written = Sept().Replace(text.Trim(), "Sep");
        if (written.Length is < 3 or > 40)
        {
            return false;
        }

        const DateTimeStyles Styles = DateTimeStyles.AllowWhiteSpaces;
        if (DateTime.TryParseExact(written, WithYear, CultureInfo.InvariantCulture, Styles, out var full))
        {
            date = DateOnly.FromDateTime(full);
            return true;
        }

        // ISO 8601 with a time zone, as in article:published_time. The date is the one written, in its own zone.
        if (IsoStart().IsMatch(written)
            && DateTimeOffset.TryParse(written, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
        {
            date = DateOnly.FromDateTime(stamp.DateTime);
            return true;
        }

        return DateTime.TryParseExact(written + " 2000", WithoutYear, CultureInfo.InvariantCulture, Styles, out _);
    }

    [GeneratedRegex(@"\bSept(?=\b|\.)")]
    private static partial Regex Sept();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T")]
    private static partial Regex IsoStart();
}
