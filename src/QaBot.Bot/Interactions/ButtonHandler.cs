using QaBot.Bot.Answering;
using QaBot.Bot.Formatting;
using QaBot.Discord.Interactions;

namespace QaBot.Bot.Interactions;

/// <summary>"More" pages the answer in place (type 7); "Source" shows more of the article to the clicker only.</summary>
internal sealed class ButtonHandler
{
    private readonly InteractionResponder _responder;
    private readonly AnswerPages _pages;
    private readonly QuestionCache _questions;

    public ButtonHandler(InteractionResponder responder, AnswerPages pages, QuestionCache questions)
    {
        _responder = responder;
        _pages = pages;
        _questions = questions;
    }

    public Task HandleAsync(Interaction interaction, Func<Task<FormattedReply>, Task<FormattedReply>> guard, CancellationToken cancellationToken)
    {
        if (ButtonId.TryParse(interaction.Data?.CustomId) is not { } button)
        {
            return _responder.ReplyNowAsync(interaction, FormattedReply.Text(Replies.UnknownButton), ephemeral: true, cancellationToken);
        }

        if (_questions.Get(button.Key) is not { } question)
        {
            return _responder.ReplyNowAsync(interaction, FormattedReply.Text(Replies.Expired), ephemeral: true, cancellationToken);
        }

        return button.Action == ButtonId.More
            ? _responder.UpdateAsync(interaction, guard(_pages.PageAsync(question, button.Skip, cancellationToken)), cancellationToken)
            : _responder.ReplyAsync(interaction, guard(_pages.SourceAsync(question, button.Skip, cancellationToken)), ephemeral: true, cancellationToken);
    }
}
