namespace QaBot.Discord.Gateway;

/// <summary>
/// What survives a reconnect: the session id and resume URL from READY and the last sequence number.
/// Owned by the supervisor; the one live connection updates it.
/// </summary>
internal sealed class GatewaySession
{
    private readonly Lock _lock = new();
    private string? _sessionId;
    private Uri? _resumeUrl;
    private int? _sequence;

    public int? Sequence
    {
        get { lock (_lock) { return _sequence; } }
    }

    public bool CanResume
    {
        get { lock (_lock) { return _sessionId is not null && _resumeUrl is not null && _sequence is not null; } }
    }

    public DateTimeOffset? LastIdentifyAt { get; set; }

    public (string SessionId, Uri ResumeUrl, int Sequence)? ResumeTarget
    {
        get
        {
            lock (_lock)
            {
                return _sessionId is not null && _resumeUrl is not null && _sequence is { } seq
                    ? (_sessionId, _resumeUrl, seq)
                    : null;
            }
        }
    }

    public void Start(string sessionId, Uri resumeUrl)
    {
        lock (_lock)
        {
            _sessionId = sessionId;
            _resumeUrl = resumeUrl;
        }
    }

    public void Advance(int sequence)
    {
        lock (_lock)
        {
            // Replayed or reordered events never move the sequence back.
            if (_sequence is null || sequence > _sequence)
            {
                _sequence = sequence;
            }
        }
    }

    public void Invalidate()
    {
        lock (_lock)
        {
            _sessionId = null;
            _resumeUrl = null;
            _sequence = null;
        }
    }
}
