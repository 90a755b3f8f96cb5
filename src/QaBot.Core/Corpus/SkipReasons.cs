using System.Globalization;

namespace QaBot.Core.Corpus;

/// <summary>The wording of every skip reason, in one place so tests and logs agree.</summary>
internal static class SkipReasons
{
    public const string Empty = "empty file";
    public const string NulBytes = "binary file: contains NUL bytes";
    public const string ControlCharacters = "binary file: too many control characters";
    public const string NothingLeft = "nothing left after cleaning";

    public static string TooLarge(long actualBytes, long maxBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"file too large: {actualBytes} bytes, limit {maxBytes}");

    public static string Unreadable(string message) => $"unreadable: {message}";
}
