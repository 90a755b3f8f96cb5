namespace QaBot.Discord.Interactions;

/// <summary>Slash command option types this client uses.</summary>
public enum ApplicationCommandOptionType
{
    /// <summary>A subcommand.</summary>
    SubCommand = 1,

    /// <summary>A group of subcommands.</summary>
    SubCommandGroup = 2,

    /// <summary>Free text (Discord's STRING).</summary>
    Text = 3,

    /// <summary>A whole number (Discord's INTEGER).</summary>
    WholeNumber = 4,

    /// <summary>True or false.</summary>
    Boolean = 5,
}
