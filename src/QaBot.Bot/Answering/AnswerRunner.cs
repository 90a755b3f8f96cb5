using Microsoft.Extensions.Logging;
using QaBot.Bot.Hosting;
using QaBot.Core.Answers;
using QaBot.Core.Indexing;

namespace QaBot.Bot.Answering;

/// <summary>
/// Runs the synchronous answer service off the gateway's threads. The service picks up new index commits
/// by itself, so every call answers from the newest commit; nothing is cached here.
/// </summary>
internal sealed class AnswerRunner
{
    private readonly IAnswerService _answers;
    private readonly ILogger<AnswerRunner> _logger;

    public AnswerRunner(IAnswerService answers, ILogger<AnswerRunner> logger)
    {
        _answers = answers;
        _logger = logger;
    }

    /// <summary>The answer, or null when the index is unavailable (logged with how to rebuild it).</summary>
    public async Task<Answer?> AskAsync(string question, int top, int skip, CancellationToken cancellationToken)
    {
        try
        {
            return await OffThePool(() => _answers.Ask(question, top, skip), cancellationToken).ConfigureAwait(false);
        }
        catch (IndexUnavailableException ex)
        {
            _logger.IndexUnavailable(ex.Message);
            return null;
        }
    }

    /// <summary>The article, or null when the index has no such file or is unavailable.</summary>
    public async Task<ArticleView?> GetArticleAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            return await OffThePool(() => _answers.GetArticle(file), cancellationToken).ConfigureAwait(false);
        }
        catch (IndexUnavailableException ex)
        {
            _logger.IndexUnavailable(ex.Message);
            return null;
        }
    }

    /// <summary>
    /// Runs a synchronous index call on a thread of its own. On the shared pool a few slow calls
    /// would starve the threads that serve the gateway, heartbeats and the 3-second interaction
    /// deadline; the number of calls at once is bounded by <see cref="Configuration.DiscordBotOptions.MaxConcurrentQuestions"/>.
    /// </summary>
    private static Task<T> OffThePool<T>(Func<T> call, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(call, cancellationToken, TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
}
