using System.Globalization;
using QaBot.Core.Indexing;

namespace QaBot.Bot.Formatting;

/// <summary>The bot's own short texts, in one place.</summary>
internal static class Replies
{
    public const string Unavailable = "Sorry, I can't answer right now: the news index is unavailable. An admin needs to rebuild it.";
    public const string Usage = "Ask me a question about the news, e.g. \"who won the election?\" (mention me with the question, DM me, or use /ask).";
    public const string NotAllowedHere = "Sorry, I don't answer questions in this channel.";
    public const string NotAdmin = "Sorry, only QaBot admins can run /reindex.";
    public const string Expired = "This answer is too old to page through. Please ask the question again.";
    public const string UnknownButton = "This button no longer does anything. Please ask the question again.";
    public const string UnknownCommand = "I don't know that command.";
    public const string NoSource = "Sorry, I can't find that article any more.";
    public const string ReindexRunning = "A reindex is already running; try again when it has finished.";
    public const string Failed = "Sorry, something went wrong while answering. Please try again.";

    public static string Cooldown(TimeSpan wait) =>
        string.Create(CultureInfo.InvariantCulture, $"You're asking a bit fast: please wait {Math.Ceiling(wait.TotalSeconds):0} s before your next question.");

    public static string Reindexed(IndexReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"Reindexed in {report.Seconds:0.0} s: {report.Added} added, {report.Changed} changed, {report.Removed} removed, {report.Unchanged} unchanged, {report.Skipped.Count} skipped. The index now has {report.Articles} articles, {report.Passages} passages and {report.DuplicateGroups} duplicate groups.");

    public static string ReindexFailed(string reason) => TextTrimmer.Trim("Reindexing failed: " + reason, DiscordLimits.Content);
}
