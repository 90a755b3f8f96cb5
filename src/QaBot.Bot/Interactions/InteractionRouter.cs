using Microsoft.Extensions.Logging;
using QaBot.Bot.Formatting;
using QaBot.Bot.Hosting;
using QaBot.Bot.Questions;
using QaBot.Discord.Interactions;

namespace QaBot.Bot.Interactions;

/// <summary>Sends each interaction to its command or button, once per interaction id.</summary>
internal sealed class InteractionRouter
{
    private readonly AskCommand _ask;
    private readonly ReindexCommand _reindex;
    private readonly ButtonHandler _buttons;
    private readonly InteractionResponder _responder;
    private readonly RecentIds _handled;
    private readonly TimeProvider _time;
    private readonly ILogger<InteractionRouter> _logger;

    public InteractionRouter(
        AskCommand ask,
        ReindexCommand reindex,
        ButtonHandler buttons,
        InteractionResponder responder,
        RecentIds handled,
        TimeProvider time,
        ILogger<InteractionRouter> logger)
    {
        _ask = ask;
        _reindex = reindex;
        _buttons = buttons;
        _responder = responder;
        _handled = handled;
        _time = time;
        _logger = logger;
    }

    public bool TryClaim(Interaction interaction)
    {
        if (_handled.TryAdd("interaction:" + interaction.Id))
        {
            return true;
        }

        _logger.Duplicate("interaction", interaction.Id);
        return false;
    }

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var work = (interaction.Type, interaction.Data?.Name) switch
        {
            (InteractionType.ApplicationCommand, CommandDefinitions.AskName) => _ask.HandleAsync(interaction, GuardAsync, cancellationToken),
            (InteractionType.ApplicationCommand, CommandDefinitions.ReindexName) => _reindex.HandleAsync(interaction, cancellationToken),
            (InteractionType.MessageComponent, _) => _buttons.HandleAsync(interaction, GuardAsync, cancellationToken),
            _ => _responder.ReplyNowAsync(interaction, FormattedReply.Text(Replies.UnknownCommand), ephemeral: true, cancellationToken),
        };
        await work.ConfigureAwait(false);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.Answered("interaction", interaction.Id, _time.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>An answer that failed still becomes a reply, so the user is not left with "the application did not respond".</summary>
    private async Task<FormattedReply> GuardAsync(Task<FormattedReply> reply)
    {
        try
        {
            return await reply.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.DispatchFailed("INTERACTION_CREATE", ex);
            return FormattedReply.Text(Replies.Failed);
        }
    }
}
