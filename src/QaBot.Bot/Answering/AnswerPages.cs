using Microsoft.Extensions.Options;
using QaBot.Bot.Configuration;
using QaBot.Bot.Formatting;
using QaBot.Bot.Interactions;

namespace QaBot.Bot.Answering;

/// <summary>One page of the answer to a question, formatted, with "More" when a further passage exists.</summary>
internal sealed class AnswerPages
{
    private readonly AnswerRunner _runner;
    private readonly QuestionCache _questions;
    private readonly int _perPage;

    public AnswerPages(AnswerRunner runner, QuestionCache questions, IOptions<DiscordBotOptions> options)
    {
        _runner = runner;
        _questions = questions;
        _perPage = options.Value.PassagesPerPage;
    }

    public async Task<FormattedReply> PageAsync(string question, int skip, CancellationToken cancellationToken)
    {
        // One passage beyond the page says whether "More" has anything to show.
        var answer = await _runner.AskAsync(question, _perPage + 1, skip, cancellationToken).ConfigureAwait(false);
        if (answer is null)
        {
            return FormattedReply.Text(Replies.Unavailable);
        }

        var key = _questions.Put(question);
        return ReplyFormatter.FormatAnswer(answer, skip, _perPage, answer.Answers.Count > _perPage, key);
    }

    /// <summary>The article of the passage at <paramref name="skip"/>, for "Source".</summary>
    public async Task<FormattedReply> SourceAsync(string question, int skip, CancellationToken cancellationToken)
    {
        var answer = await _runner.AskAsync(question, 1, skip, cancellationToken).ConfigureAwait(false);
        if (answer is null)
        {
            return FormattedReply.Text(Replies.Unavailable);
        }

        if (answer.Answers.Count == 0)
        {
            return FormattedReply.Text(Replies.NoSource);
        }

        var article = await _runner.GetArticleAsync(answer.Answers[0].Source.File, cancellationToken).ConfigureAwait(false);
        return article is null ? FormattedReply.Text(Replies.NoSource) : ReplyFormatter.FormatArticle(article);
    }
}
