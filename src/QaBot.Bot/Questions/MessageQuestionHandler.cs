using Microsoft.Extensions.Logging;
using QaBot.Bot.Answering;
using QaBot.Bot.Formatting;
using QaBot.Bot.Hosting;
using QaBot.Discord.Messages;
using QaBot.Discord.Rest;

namespace QaBot.Bot.Questions;

/// <summary>
/// Answers a message that mentions the bot (or a DM) with a reply to it. Ignores bots, webhooks and the
/// bot itself, and answers each message id once, also when a resume replays it.
/// </summary>
internal sealed class MessageQuestionHandler
{
    private readonly DiscordRestClient _rest;
    private readonly AnswerPages _pages;
    private readonly BotIdentity _identity;
    private readonly ChannelPolicy _channels;
    private readonly RecentIds _handled;
    private readonly UserCooldown _cooldown;
    private readonly TimeProvider _time;
    private readonly ILogger<MessageQuestionHandler> _logger;

    public MessageQuestionHandler(
        DiscordRestClient rest,
        AnswerPages pages,
        BotIdentity identity,
        ChannelPolicy channels,
        RecentIds handled,
        UserCooldown cooldown,
        TimeProvider time,
        ILogger<MessageQuestionHandler> logger)
    {
        _rest = rest;
        _pages = pages;
        _identity = identity;
        _channels = channels;
        _handled = handled;
        _cooldown = cooldown;
        _time = time;
        _logger = logger;
    }

    /// <summary>Whether the message is a question for the bot that has not been handled yet (and claims it).</summary>
    public bool TryClaim(DiscordMessage message, out string question)
    {
        question = "";
        if (_identity.UserId is not { } self
            || message.Author.IsBot
            || message.Author.Id == self
            || message.WebhookId is not null
            || message.Type is not (0 or 19)
            || !MentionParser.TryGetQuestion(message, self, out question)
            || !_channels.Allows(message.ChannelId, message.IsDirectMessage))
        {
            return false;
        }

        if (!_handled.TryAdd("message:" + message.Id))
        {
            _logger.Duplicate("message", message.Id);
            return false;
        }

        return true;
    }

    public async Task AnswerAsync(DiscordMessage message, string question, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var reference = new MessageReference(
            message.Id,
            message.ChannelId,
            message.IsDirectMessage ? null : message.GuildId,
            FailIfNotExists: false);

        FormattedReply reply;
        if (question.Length == 0)
        {
            reply = FormattedReply.Text(Replies.Usage);
        }
        else if (!_cooldown.TryEnter(message.Author.Id, out var wait))
        {
            reply = FormattedReply.Text(Replies.Cooldown(wait));
        }
        else
        {
            reply = await _pages.PageAsync(question, 0, cancellationToken).ConfigureAwait(false);
        }

        await _rest.CreateMessageAsync(message.ChannelId, reply.ToMessageCreate(reference), cancellationToken).ConfigureAwait(false);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.Answered("message", message.Id, _time.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
