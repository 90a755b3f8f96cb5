namespace QaBot.Discord.Rest;

/// <summary>GET /gateway/bot: where to connect and how many sessions may start.</summary>
/// <param name="Url">The gateway WebSocket URL.</param>
/// <param name="Shards">The recommended shard count.</param>
/// <param name="SessionStartLimit">How many IDENTIFYs are left and how fast shards may start.</param>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);
