namespace QaBot.Core.Indexing;

/// <summary>Indexing cannot start or finish for a reason the user can fix; the message says how.</summary>
public sealed class IndexingException : Exception
{
    public IndexingException()
    {
    }

    public IndexingException(string message)
        : base(message)
    {
    }

    public IndexingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
