namespace QaBot.Discord.Users;

/// <summary>A user's membership of a guild (only the fields this client reads).</summary>
/// <param name="User">The user; absent on members embedded in a message.</param>
/// <param name="Roles">The ids of the member's roles.</param>
public sealed record GuildMember(DiscordUser? User, IReadOnlyList<string>? Roles);
