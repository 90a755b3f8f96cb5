namespace QaBot.Discord.Interactions;

/// <summary>Kinds of interaction, as Discord numbers them.</summary>
public enum InteractionType
{
    /// <summary>A ping (HTTP interactions only).</summary>
    Ping = 1,

    /// <summary>A slash command.</summary>
    ApplicationCommand = 2,

    /// <summary>A button click or select menu choice.</summary>
    MessageComponent = 3,

    /// <summary>Autocomplete of a command option.</summary>
    ApplicationCommandAutocomplete = 4,

    /// <summary>A submitted modal.</summary>
    ModalSubmit = 5,
}
