namespace QaBot.Discord.Gateway;

/// <summary>What follows a closed connection.</summary>
internal enum ConnectionNext
{
    /// <summary>Reconnect and RESUME the session (replays missed events).</summary>
    Resume,

    /// <summary>Reconnect and IDENTIFY afresh (the session is gone).</summary>
    Identify,

    /// <summary>Do not reconnect: the close code says it cannot help.</summary>
    Fatal,

    /// <summary>The client was stopped.</summary>
    Stopped,
}
