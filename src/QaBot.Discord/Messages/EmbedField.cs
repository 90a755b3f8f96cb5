namespace QaBot.Discord.Messages;

/// <summary>One embed field: name at most 256 characters, value at most 1024.</summary>
public sealed record EmbedField(string Name, string Value, bool? Inline = null);
