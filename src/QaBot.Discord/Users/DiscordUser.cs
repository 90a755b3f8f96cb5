namespace QaBot.Discord.Users;

/// <summary>A Discord user as the API describes one (only the fields this client reads).</summary>
/// <param name="Id">The user's snowflake id.</param>
/// <param name="Username">The user's name.</param>
/// <param name="Bot">True for bot accounts; null when Discord leaves it out (a person).</param>
public sealed record DiscordUser(string Id, string Username, bool? Bot = null)
{
    /// <summary>True when the account is a bot.</summary>
    public bool IsBot => Bot == true;
}
