using QaBot.Discord.Messages;
using QaBot.Discord.Users;

namespace QaBot.Discord.Interactions;

/// <summary>An INTERACTION_CREATE payload (only the fields this client reads). Answer within 3 seconds.</summary>
/// <param name="Id">The interaction id (for the callback).</param>
/// <param name="ApplicationId">The application it is for (for follow-ups and edits).</param>
/// <param name="Type">Command, button, ...</param>
/// <param name="Token">The continuation token, valid 15 minutes.</param>
/// <param name="Data">The command or component data.</param>
/// <param name="GuildId">The guild, or null in a DM.</param>
/// <param name="ChannelId">The channel it came from.</param>
/// <param name="Member">The invoking member (in a guild).</param>
/// <param name="User">The invoking user (in a DM).</param>
/// <param name="Message">For components: the message the button is on.</param>
public sealed record Interaction(
    string Id,
    string ApplicationId,
    InteractionType Type,
    string Token,
    InteractionData? Data = null,
    string? GuildId = null,
    string? ChannelId = null,
    GuildMember? Member = null,
    DiscordUser? User = null,
    DiscordMessage? Message = null)
{
    /// <summary>Whoever triggered the interaction: the member's user in a guild, else the user.</summary>
    public DiscordUser? Invoker => Member?.User ?? User;
}
