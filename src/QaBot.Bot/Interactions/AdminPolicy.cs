using Microsoft.Extensions.Options;
using QaBot.Bot.Configuration;
using QaBot.Discord.Interactions;

namespace QaBot.Bot.Interactions;

/// <summary>Who may run admin commands: the configured user ids and members of the configured roles.</summary>
internal sealed class AdminPolicy
{
    private readonly HashSet<string> _users;
    private readonly HashSet<string> _roles;

    public AdminPolicy(IOptions<DiscordBotOptions> options)
    {
        _users = new HashSet<string>(options.Value.AdminUserIds, StringComparer.Ordinal);
        _roles = new HashSet<string>(options.Value.AdminRoleIds, StringComparer.Ordinal);
    }

    public bool IsAdmin(Interaction interaction) =>
        (interaction.Invoker is { } user && _users.Contains(user.Id))
        || (interaction.Member?.Roles?.Any(_roles.Contains) ?? false);
}
