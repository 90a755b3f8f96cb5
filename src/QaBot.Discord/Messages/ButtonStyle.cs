namespace QaBot.Discord.Messages;

/// <summary>Button colours, as Discord numbers them.</summary>
public enum ButtonStyle
{
    /// <summary>Blurple.</summary>
    Primary = 1,

    /// <summary>Grey.</summary>
    Secondary = 2,

    /// <summary>Green.</summary>
    Success = 3,

    /// <summary>Red.</summary>
    Danger = 4,

    /// <summary>Opens a URL.</summary>
    Link = 5,
}
