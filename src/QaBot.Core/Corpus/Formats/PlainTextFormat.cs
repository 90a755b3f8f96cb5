using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Corpus.Formats;

/// <summary>Scraped plain text: every non-empty line is a paragraph; blank lines carry no meaning.</summary>
internal static class PlainTextFormat
{
    public static IEnumerable<SourceLine> Lines(string normalizedText) =>
        normalizedText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => new SourceLine(line));
}
