using QaBot.Discord.Users;

namespace QaBot.Discord.Gateway;

/// <summary>The READY dispatch (only the fields this client reads).</summary>
/// <param name="V">The gateway version (10).</param>
/// <param name="User">The bot's own user.</param>
/// <param name="SessionId">The session id, for RESUME.</param>
/// <param name="ResumeGatewayUrl">Where to reconnect to resume.</param>
/// <param name="Application">The bot's application (its id is needed for commands and interaction follow-ups).</param>
public sealed record ReadyEvent(int V, DiscordUser User, string SessionId, string ResumeGatewayUrl, PartialApplication? Application);
