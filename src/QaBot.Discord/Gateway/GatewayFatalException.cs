namespace QaBot.Discord.Gateway;

/// <summary>The gateway closed with a code after which reconnecting cannot help (4004, 4010-4014).</summary>
public sealed class GatewayFatalException : Exception
{
    public GatewayFatalException()
    {
    }

    public GatewayFatalException(string message)
        : base(message)
    {
    }

    public GatewayFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GatewayFatalException(int closeCode, string message)
        : base(message)
    {
        CloseCode = closeCode;
    }

    /// <summary>The WebSocket close code Discord sent.</summary>
    public int CloseCode { get; }
}
