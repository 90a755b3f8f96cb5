namespace QaBot.Discord.Interactions;

/// <summary>Interaction callback types this client sends.</summary>
public enum InteractionResponseType
{
    /// <summary>Answer with a message now.</summary>
    ChannelMessageWithSource = 4,

    /// <summary>Acknowledge now ("thinking..."), edit the original response later.</summary>
    DeferredChannelMessageWithSource = 5,

    /// <summary>For components: acknowledge now, edit the message later.</summary>
    DeferredUpdateMessage = 6,

    /// <summary>For components: edit the message the component is on.</summary>
    UpdateMessage = 7,
}
