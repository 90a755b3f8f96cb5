using Microsoft.Extensions.Logging;
using QaBot.Bot.Formatting;
using QaBot.Bot.Hosting;
using QaBot.Discord.Interactions;

namespace QaBot.Bot.Interactions;

/// <summary>/reindex — admins re-run incremental indexing and get the counts; everyone else a polite no.</summary>
internal sealed class ReindexCommand
{
    private readonly InteractionResponder _responder;
    private readonly IReindexer _reindexer;
    private readonly AdminPolicy _admins;
    private readonly ILogger<ReindexCommand> _logger;
    private int _running;

    public ReindexCommand(InteractionResponder responder, IReindexer reindexer, AdminPolicy admins, ILogger<ReindexCommand> logger)
    {
        _responder = responder;
        _reindexer = reindexer;
        _admins = admins;
        _logger = logger;
    }

    public Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (!_admins.IsAdmin(interaction))
        {
            return _responder.ReplyNowAsync(interaction, FormattedReply.Text(Replies.NotAdmin), ephemeral: true, cancellationToken);
        }

        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return _responder.ReplyNowAsync(interaction, FormattedReply.Text(Replies.ReindexRunning), ephemeral: true, cancellationToken);
        }

        return _responder.ReplyAsync(interaction, RunAsync(interaction.Invoker?.Id ?? "?", cancellationToken), ephemeral: true, cancellationToken);
    }

    private async Task<FormattedReply> RunAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            var report = await Task.Run(() => _reindexer.ReindexAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
            var summary = Replies.Reindexed(report);
            _logger.Reindexed(userId, summary);
            return FormattedReply.Text(summary);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The admin sees why; the bot keeps answering from the index it has.
            _logger.ReindexFailed(ex);
            return FormattedReply.Text(Replies.ReindexFailed(ex.Message));
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
