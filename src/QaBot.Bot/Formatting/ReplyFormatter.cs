using System.Globalization;
using QaBot.Bot.Interactions;
using QaBot.Core.Answers;
using QaBot.Discord.Messages;

namespace QaBot.Bot.Formatting;

/// <summary>
/// Turns answers into Discord replies that fit Discord's limits by construction: every text is trimmed
/// to its own limit, and the embeds of one reply share the 6000-character total.
/// </summary>
internal static class ReplyFormatter
{
    private const int EmbedColor = 0x2F6FB0;
    private const int AlsoReportedShown = 8;

    /// <summary>One page of an answer: up to <paramref name="perPage"/> passages, with "More" when <paramref name="hasMore"/>.</summary>
    public static FormattedReply FormatAnswer(Answer answer, int skip, int perPage, bool hasMore, string questionKey)
    {
        if (answer.Abstained || answer.Answers.Count == 0)
        {
            return skip == 0 ? FormatAbstention(answer) : FormattedReply.Text("There are no further passages for this question.");
        }

        var passages = answer.Answers.Take(Math.Min(perPage, DiscordLimits.EmbedsPerMessage)).ToArray();
        var budget = DiscordLimits.EmbedTotal / passages.Length;
        var embeds = passages.Select(p => PassageEmbed(p, budget)).ToArray();

        string? content = null;
        if (answer.CorrectedQuestion is { } corrected)
        {
            content = TextTrimmer.Trim("Searched for: " + Markdown.Escape(TextTrimmer.OneLine(corrected)), DiscordLimits.Content);
        }

        var buttons = new List<Button>();
        if (hasMore)
        {
            buttons.Add(new Button(ButtonStyle.Primary, "More", new ButtonId(ButtonId.More, skip + passages.Length, questionKey).ToString()));
        }

        buttons.Add(new Button(ButtonStyle.Secondary, "Source", new ButtonId(ButtonId.Source, skip, questionKey).ToString()));
        return new FormattedReply(content, embeds, [new ActionRow(buttons)]);
    }

    /// <summary>No good answer: say so plainly, and name the closest articles when there are some.</summary>
    public static FormattedReply FormatAbstention(Answer answer)
    {
        const string text = "I don't know: nothing in the news articles I have answers that question well.";
        if (answer.Hints.Count == 0)
        {
            return FormattedReply.Text(text);
        }

        var lines = answer.Hints.Take(5).Select(h => "• " + Markdown.EscapeAndTrim(TextTrimmer.OneLine(h), 300));
        var embed = new Embed(
            Title: "Closest articles",
            Description: TextTrimmer.Trim(string.Join('\n', lines), DiscordLimits.EmbedDescription),
            Color: EmbedColor);
        return new FormattedReply(text, [embed], []);
    }

    /// <summary>More of an article, for the "Source" button.</summary>
    public static FormattedReply FormatArticle(ArticleView article)
    {
        var source = article.Source;
        var title = Markdown.EscapeAndTrim(TextTrimmer.OneLine(source.Title), DiscordLimits.EmbedTitle);
        var footer = TextTrimmer.Trim(SourceLine(source), DiscordLimits.Footer);
        var room = Math.Min(DiscordLimits.EmbedDescription, DiscordLimits.EmbedTotal - title.Length - footer.Length);
        var body = string.Join("\n\n", article.Paragraphs.Select(p => Markdown.Escape(p.Trim())).Where(p => p.Length > 0));
        var description = TextTrimmer.Trim(body.Length == 0 ? "(The article has no text.)" : body, room);
        var embed = new Embed(title, description, SafeUrl(source.Url), EmbedColor, Footer: footer.Length > 0 ? new EmbedFooter(footer) : null);
        return new FormattedReply(null, [embed], []);
    }

    private static Embed PassageEmbed(AnswerPassage passage, int budget)
    {
        var source = passage.Source;
        // Fixed shares of the budget for the parts around the description keep at least half for the passage.
        var title = Markdown.EscapeAndTrim(TextTrimmer.OneLine(source.Title), Math.Min(DiscordLimits.EmbedTitle, budget / 8));
        var fields = new List<EmbedField>();
        var sourceLine = SourceLine(source);
        if (sourceLine.Length > 0)
        {
            fields.Add(new EmbedField("Source", TextTrimmer.Trim(sourceLine, Math.Min(DiscordLimits.FieldValue, budget / 8)), Inline: false));
        }

        if (passage.AlsoReportedBy.Count > 0)
        {
            fields.Add(new EmbedField("Also reported by", AlsoReportedLine(passage.AlsoReportedBy, Math.Min(DiscordLimits.FieldValue, budget / 4)), Inline: false));
        }

        var footer = new EmbedFooter(string.Create(CultureInfo.InvariantCulture, $"Passage {passage.Rank}"));
        var used = title.Length + fields.Sum(f => f.Name.Length + f.Value.Length) + footer.Text.Length;
        var room = Math.Min(DiscordLimits.EmbedDescription, budget - used);
        return new Embed(title, Description(passage, room), SafeUrl(source.Url), EmbedColor, fields, footer);
    }

    /// <summary>The answering sentence in bold, then the passage it comes from, all within <paramref name="room"/>.</summary>
    private static string Description(AnswerPassage passage, int room)
    {
        var sentence = Markdown.EscapeAndTrim(TextTrimmer.OneLine(passage.Sentence), Math.Max((room / 2) - 4, 1));
        var head = "**" + sentence + "**";
        var rest = room - head.Length - 2;
        if (rest < 40 || TextTrimmer.OneLine(passage.Passage) == TextTrimmer.OneLine(passage.Sentence))
        {
            return TextTrimmer.Trim(head, room);
        }

        return head + "\n\n" + Markdown.EscapeAndTrim(passage.Passage.Trim(), rest);
    }

    private static string SourceLine(SourceInfo source) =>
        string.Join(" · ", new[] { source.Publisher, source.Published }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => Markdown.Escape(TextTrimmer.OneLine(s!))));

    /// <summary>"A (date), B (date) and 12 more": as many names as fit in <paramref name="max"/>, the count of the rest always kept.</summary>
    private static string AlsoReportedLine(IReadOnlyList<AlsoReported> others, int max)
    {
        var names = others.Take(AlsoReportedShown)
            .Select(o => Markdown.EscapeAndTrim(TextTrimmer.OneLine(o.Label), 80) + (string.IsNullOrWhiteSpace(o.Published) ? "" : $" ({TextTrimmer.Trim(Markdown.Escape(o.Published), 40)})"))
            .ToList();
        for (var shown = names.Count; shown > 0; shown--)
        {
            var rest = others.Count - shown;
            var line = string.Join(", ", names.Take(shown)) + (rest > 0 ? string.Create(CultureInfo.InvariantCulture, $" and {rest} more") : "");
            if (line.Length <= max)
            {
                return line;
            }
        }

        return TextTrimmer.Trim(string.Create(CultureInfo.InvariantCulture, $"{others.Count} other reports"), max);
    }

    /// <summary>Only absolute http(s) links within Discord's URL limit; anything else is left out rather than rejected by Discord.</summary>
    private static string? SafeUrl(string? url) =>
        url is { Length: <= DiscordLimits.Url }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.AbsoluteUri.Length <= DiscordLimits.Url
            ? uri.AbsoluteUri
            : null;
}
