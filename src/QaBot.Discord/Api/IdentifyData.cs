namespace QaBot.Discord.Api;

/// <summary>The d of op 2 IDENTIFY.</summary>
internal sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties, int[]? Shard);
