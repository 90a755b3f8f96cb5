using Microsoft.Extensions.Options;
using QaBot.Bot.Configuration;
using QaBot.Bot.Formatting;
using QaBot.Discord.Interactions;
using QaBot.Discord.Messages;
using QaBot.Discord.Rest;

namespace QaBot.Bot.Interactions;

/// <summary>
/// Answers interactions within Discord's 3 seconds: at once when the reply is ready before
/// <see cref="DiscordBotOptions.DeferAfter"/>, otherwise deferred first and edited in when ready.
/// </summary>
internal sealed class InteractionResponder
{
    private readonly DiscordRestClient _rest;
    private readonly TimeProvider _time;
    private readonly TimeSpan _deferAfter;

    public InteractionResponder(DiscordRestClient rest, TimeProvider time, IOptions<DiscordBotOptions> options)
    {
        _rest = rest;
        _time = time;
        _deferAfter = options.Value.DeferAfter;
    }

    /// <summary>Responds with a new message (type 4), or defers (type 5) and fills it in with an edit of @original.</summary>
    public Task ReplyAsync(Interaction interaction, Task<FormattedReply> reply, bool ephemeral, CancellationToken cancellationToken) =>
        RespondAsync(interaction, reply, update: false, ephemeral, cancellationToken);

    /// <summary>For buttons: updates the message the button is on (type 7), or defers the update (type 6) and edits it in.</summary>
    public Task UpdateAsync(Interaction interaction, Task<FormattedReply> reply, CancellationToken cancellationToken) =>
        RespondAsync(interaction, reply, update: true, ephemeral: false, cancellationToken);

    public Task ReplyNowAsync(Interaction interaction, FormattedReply reply, bool ephemeral, CancellationToken cancellationToken) =>
        _rest.CreateInteractionResponseAsync(
            interaction.Id,
            interaction.Token,
            new InteractionResponse(InteractionResponseType.ChannelMessageWithSource, reply.ToCallbackData(ephemeral)),
            cancellationToken);

    private async Task RespondAsync(Interaction interaction, Task<FormattedReply> reply, bool update, bool ephemeral, CancellationToken cancellationToken)
    {
        using (var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var deadline = Task.Delay(_deferAfter, _time, timer.Token);
            var first = await Task.WhenAny(reply, deadline).ConfigureAwait(false);
            await timer.CancelAsync().ConfigureAwait(false);
            if (first == reply)
            {
                var ready = await reply.ConfigureAwait(false);
                var type = update ? InteractionResponseType.UpdateMessage : InteractionResponseType.ChannelMessageWithSource;
                await _rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, new InteractionResponse(type, ready.ToCallbackData(ephemeral)), cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        var deferred = update
            ? new InteractionResponse(InteractionResponseType.DeferredUpdateMessage)
            : new InteractionResponse(InteractionResponseType.DeferredChannelMessageWithSource, new InteractionCallbackData(AllowedMentions: AllowedMentions.None, Flags: ephemeral ? MessageFlags.Ephemeral : null));
        await _rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, deferred, cancellationToken).ConfigureAwait(false);
        var late = await reply.ConfigureAwait(false);
        await _rest.EditOriginalInteractionResponseAsync(interaction.ApplicationId, interaction.Token, late.ToMessageEdit(), cancellationToken).ConfigureAwait(false);
    }
}
