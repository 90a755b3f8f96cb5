namespace QaBot.Discord.Messages;

/// <summary>Which mentions in a message may ping. <see cref="None"/> pings no one, not even @everyone.</summary>
/// <param name="Parse">Mention kinds parsed from the content ("users", "roles", "everyone"); empty parses none.</param>
/// <param name="RepliedUser">Whether a reply pings the author of the message it replies to.</param>
public sealed record AllowedMentions(IReadOnlyList<string> Parse, bool? RepliedUser = null)
{
    /// <summary><c>{"parse": []}</c>: nothing in the message pings anyone.</summary>
    public static AllowedMentions None { get; } = new([]);
}
