namespace QaBot.Discord.Messages;

/// <summary>Message flags this client sends.</summary>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Discord names the field flags; the enum mirrors it.")]
public enum MessageFlags
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>Only the user who ran the interaction sees the message (interaction responses only).</summary>
    Ephemeral = 1 << 6,
}
