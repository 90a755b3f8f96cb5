namespace QaBot.Discord.Gateway;

/// <summary>The application part of READY.</summary>
/// <param name="Id">The application id.</param>
public sealed record PartialApplication(string Id);
