using System.Text.RegularExpressions;
using QaBot.Bot.Formatting;
using QaBot.Discord.Messages;

namespace QaBot.Bot.Questions;

/// <summary>Decides whether a message is addressed to the bot and extracts the question from it.</summary>
internal static partial class MentionParser
{
    /// <summary>
    /// True when <paramref name="message"/> is for the bot: a DM, or a guild message mentioning it
    /// (<c>&lt;@id&gt;</c> or <c>&lt;@!id&gt;</c>). <paramref name="question"/> is the text without the bot's mentions.
    /// </summary>
    public static bool TryGetQuestion(DiscordMessage message, string botUserId, out string question)
    {
        var content = message.Content ?? "";
        var mentioned = content.Contains($"<@{botUserId}>", StringComparison.Ordinal)
            || content.Contains($"<@!{botUserId}>", StringComparison.Ordinal)
            || message.Mentions?.Any(u => u.Id == botUserId) == true;
        question = TextTrimmer.OneLine(MentionPattern().Replace(content, m => m.Groups["id"].Value == botUserId ? " " : m.Value)).Trim();
        return message.IsDirectMessage || mentioned;
    }

    [GeneratedRegex(@"<@!?(?<id>\d+)>", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}
