using Microsoft.Extensions.Options;
using QaBot.Bot.Configuration;

namespace QaBot.Bot.Hosting;

/// <summary>Where the bot answers: allowed guild channels (all when none are listed) and, if enabled, DMs.</summary>
internal sealed class ChannelPolicy
{
    private readonly HashSet<string> _allowed;
    private readonly bool _directMessages;

    public ChannelPolicy(IOptions<DiscordBotOptions> options)
    {
        _allowed = new HashSet<string>(options.Value.AllowedChannelIds, StringComparer.Ordinal);
        _directMessages = options.Value.AnswerDirectMessages;
    }

    public bool Allows(string? channelId, bool isDirectMessage) =>
        isDirectMessage ? _directMessages : _allowed.Count == 0 || (channelId is not null && _allowed.Contains(channelId));
}
