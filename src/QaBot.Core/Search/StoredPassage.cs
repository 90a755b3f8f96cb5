using System.Globalization;
using Lucene.Net.Documents;
using QaBot.Core.Answers;
using QaBot.Core.Passages;
using QaBot.Core.Text;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Search;

/// <summary>Reads passages and sources back from stored fields.</summary>
internal static class StoredPassage
{
    public static Passage ToPassage(Document doc)
    {
        var text = Get(doc, S.Text) ?? string.Empty;
        var spans = new List<TextSpan>();
        foreach (var part in (Get(doc, S.Sentences) ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = part.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0
                && int.TryParse(part.AsSpan(0, comma), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && int.TryParse(part.AsSpan(comma + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                && start + length <= text.Length)
            {
                spans.Add(new TextSpan(start, length));
            }
        }

        if (spans.Count == 0)
        {
            spans.Add(new TextSpan(0, text.Length));
        }

        return new Passage(doc.GetField(S.Ordinal)?.GetInt32Value() ?? 0, Get(doc, S.Section), text, spans);
    }

    public static SourceInfo ToSource(Document doc) => new(
        Get(doc, S.File) ?? string.Empty,
        Get(doc, S.Title) ?? string.Empty,
        Get(doc, S.Publisher),
        Get(doc, S.Published) ?? Get(doc, S.PublishedText),
        Get(doc, S.Url));

    public static string? Get(Document doc, string field) => doc.Get(field, CultureInfo.InvariantCulture);
}
