using QaBot.Bot.Answering;
using QaBot.Bot.Formatting;
using QaBot.Bot.Hosting;
using QaBot.Bot.Questions;
using QaBot.Discord.Interactions;

namespace QaBot.Bot.Interactions;

/// <summary>/ask question:&lt;text&gt; — the same answer as a mention, deferred when it is not instant.</summary>
internal sealed class AskCommand
{
    private readonly InteractionResponder _responder;
    private readonly AnswerPages _pages;
    private readonly ChannelPolicy _channels;
    private readonly UserCooldown _cooldown;

    public AskCommand(InteractionResponder responder, AnswerPages pages, ChannelPolicy channels, UserCooldown cooldown)
    {
        _responder = responder;
        _pages = pages;
        _channels = channels;
        _cooldown = cooldown;
    }

    public Task HandleAsync(Interaction interaction, Func<Task<FormattedReply>, Task<FormattedReply>> guard, CancellationToken cancellationToken)
    {
        var question = TextTrimmer.OneLine(
            interaction.Data?.Options?.FirstOrDefault(o => o.Name == CommandDefinitions.QuestionOption)?.StringValue ?? "").Trim();
        if (!_channels.Allows(interaction.ChannelId, string.IsNullOrEmpty(interaction.GuildId)))
        {
            return _responder.ReplyNowAsync(interaction, FormattedReply.Text(Replies.NotAllowedHere), ephemeral: true, cancellationToken);
        }

        if (question.Length == 0)
        {
            return _responder.ReplyNowAsync(interaction, FormattedReply.Text(Replies.Usage), ephemeral: true, cancellationToken);
        }

        if (interaction.Invoker is { } user && !_cooldown.TryEnter(user.Id, out var wait))
        {
            return _responder.ReplyNowAsync(interaction, FormattedReply.Text(Replies.Cooldown(wait)), ephemeral: true, cancellationToken);
        }

        return _responder.ReplyAsync(interaction, guard(_pages.PageAsync(question, 0, cancellationToken)), ephemeral: false, cancellationToken);
    }
}
