namespace QaBot.Bot.Hosting;

/// <summary>Who the bot is, learned from READY: its user id (to spot mentions and its own messages) and application id.</summary>
internal sealed class BotIdentity
{
    private volatile string? _userId;
    private volatile string? _applicationId;

    public string? UserId => _userId;

    public string? ApplicationId => _applicationId;

    /// <summary>Records the identity; true the first time (so commands are registered once per process).</summary>
    public bool Set(string userId, string applicationId)
    {
        var first = _userId is null;
        _userId = userId;
        _applicationId = applicationId;
        return first;
    }
}
