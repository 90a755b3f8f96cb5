namespace QaBot.Discord.Messages;

/// <summary>Points a reply at the message it answers.</summary>
/// <param name="MessageId">The message replied to.</param>
/// <param name="ChannelId">Its channel (optional when replying in the same channel).</param>
/// <param name="GuildId">Its guild (optional).</param>
/// <param name="FailIfNotExists">False: still send the reply if the original was deleted.</param>
public sealed record MessageReference(string MessageId, string? ChannelId = null, string? GuildId = null, bool? FailIfNotExists = null);
