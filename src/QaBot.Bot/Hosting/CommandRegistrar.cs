using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Bot.Configuration;
using QaBot.Bot.Interactions;
using QaBot.Discord.Rest;

namespace QaBot.Bot.Hosting;

/// <summary>Registers /ask and /reindex once the application id is known (from READY): in one guild, or globally.</summary>
internal sealed class CommandRegistrar
{
    private readonly DiscordRestClient _rest;
    private readonly string? _guildId;
    private readonly ILogger<CommandRegistrar> _logger;

    public CommandRegistrar(DiscordRestClient rest, IOptions<DiscordBotOptions> options, ILogger<CommandRegistrar> logger)
    {
        _rest = rest;
        _guildId = options.Value.CommandGuildId;
        _logger = logger;
    }

    public async Task RegisterAsync(string applicationId, CancellationToken cancellationToken)
    {
        try
        {
            if (string.IsNullOrEmpty(_guildId))
            {
                await _rest.BulkOverwriteGlobalCommandsAsync(applicationId, CommandDefinitions.All, cancellationToken).ConfigureAwait(false);
                _logger.CommandsRegistered("global");
            }
            else
            {
                await _rest.BulkOverwriteGuildCommandsAsync(applicationId, _guildId, CommandDefinitions.All, cancellationToken).ConfigureAwait(false);
                _logger.CommandsRegistered("guild " + _guildId);
            }
        }
        catch (DiscordRestException ex)
        {
            _logger.CommandsFailed(ex);
        }
    }
}
