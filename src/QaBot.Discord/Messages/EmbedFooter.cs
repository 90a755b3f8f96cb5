namespace QaBot.Discord.Messages;

/// <summary>An embed footer: text at most 2048 characters.</summary>
public sealed record EmbedFooter(string Text);
