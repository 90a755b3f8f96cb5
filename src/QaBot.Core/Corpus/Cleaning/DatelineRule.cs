using System.Text.RegularExpressions;

namespace QaBot.Core.Corpus.Cleaning;

/// <summary>
/// Reads a wire dateline off the lead paragraph: "Hangzhou, November 24 (Xinhua) - Internet has ..." gives
/// the publisher (the agency) and the date as written, and the paragraph keeps only its text. A dateline
/// rarely has the year, and none is guessed. Structure, not junk: no noise marker.
/// </summary>
internal sealed partial class DatelineRule : ICleaningRule
{
    private const int MaxAgencyWords = 4;

    public void Apply(ArticleDraft draft)
    {
        var lead = draft.Lines.FindIndex(line => line.Kind != LineKind.Heading && !LineShape.IsTitleLike(line.Text));
        if (lead < 0)
        {
            return;
        }

        // The agency stands in brackets, so a lead without "(" has no dateline; most have none.
        if (!draft.Lines[lead].Text.Contains('(', StringComparison.Ordinal))
        {
            return;
        }

        var match = Dateline().Match(draft.Lines[lead].Text);
        if (!match.Success || LineShape.CountWords(match.Groups["agency"].Value) > MaxAgencyWords)
        {
            return;
        }

        var date = match.Groups["date"];
        if (date.Success && !DateText.TryParse(date.Value, out _))
        {
            return;
        }

        draft.Metadata.OfferPublisher(match.Groups["agency"].Value.Trim());
        if (date.Success)
        {
            draft.Metadata.OfferPublished(date.Value);
        }

        draft.Lines[lead] = draft.Lines[lead] with { Text = match.Groups["rest"].Value };
    }

    // PLACE[, Month day[, year]] (Agency) - text. The dash may be "-", "--", an en or em dash.
    [GeneratedRegex(
        @"^\p{Lu}[\p{L}.'\x20-]{1,40}?(?:,\s*(?<date>\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*\((?<agency>\p{Lu}[\p{L}&.\x20]{1,30})\)\s*(?:--|-|–|—)\s*(?<rest>\S.*)$")]
    internal static partial Regex Dateline();
}
