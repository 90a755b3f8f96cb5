namespace QaBot.Discord.Api;

/// <summary>The d of op 10 HELLO.</summary>
internal sealed record HelloData(int HeartbeatInterval);
