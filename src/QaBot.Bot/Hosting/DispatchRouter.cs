using QaBot.Bot.Interactions;
using QaBot.Bot.Questions;
using QaBot.Discord.Gateway;
using QaBot.Discord.Interactions;
using QaBot.Discord.Messages;

namespace QaBot.Bot.Hosting;

/// <summary>
/// Reads a dispatch and hands the work to a handler. Deciding and claiming (is it for us, seen before?)
/// happens here, in dispatch order; the answering runs in <see cref="InFlightWork"/>.
/// </summary>
internal sealed class DispatchRouter
{
    private readonly BotIdentity _identity;
    private readonly CommandRegistrar _commands;
    private readonly MessageQuestionHandler _messages;
    private readonly InteractionRouter _interactions;
    private readonly InFlightWork _work;

    public DispatchRouter(BotIdentity identity, CommandRegistrar commands, MessageQuestionHandler messages, InteractionRouter interactions, InFlightWork work)
    {
        _identity = identity;
        _commands = commands;
        _messages = messages;
        _interactions = interactions;
        _work = work;
    }

    public async Task RouteAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        switch (dispatch.Name)
        {
            case "READY":
                var ready = dispatch.ReadAs<ReadyEvent>();
                var applicationId = ready.Application?.Id ?? ready.User.Id;
                if (_identity.Set(ready.User.Id, applicationId))
                {
                    await _work.StartAsync(dispatch.Name, ct => _commands.RegisterAsync(applicationId, ct), cancellationToken).ConfigureAwait(false);
                }

                break;
            case "MESSAGE_CREATE":
                var message = dispatch.ReadAs<DiscordMessage>();
                if (_messages.TryClaim(message, out var question))
                {
                    await _work.StartAsync(dispatch.Name, ct => _messages.AnswerAsync(message, question, ct), cancellationToken).ConfigureAwait(false);
                }

                break;
            case "INTERACTION_CREATE":
                var interaction = dispatch.ReadAs<Interaction>();
                if (_interactions.TryClaim(interaction))
                {
                    await _work.StartAsync(dispatch.Name, ct => _interactions.HandleAsync(interaction, ct), cancellationToken).ConfigureAwait(false);
                }

                break;
        }
    }
}
