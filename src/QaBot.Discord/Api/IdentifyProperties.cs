namespace QaBot.Discord.Api;

/// <summary>The connection properties sent with IDENTIFY.</summary>
internal sealed record IdentifyProperties(string Os, string Browser, string Device);
