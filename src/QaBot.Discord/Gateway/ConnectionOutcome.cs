namespace QaBot.Discord.Gateway;

/// <summary>How one gateway connection ended and what the supervisor should do next.</summary>
internal sealed record ConnectionOutcome(ConnectionNext Next, bool ReachedReady, string Reason, TimeSpan ExtraDelay = default, int? CloseCode = null);
