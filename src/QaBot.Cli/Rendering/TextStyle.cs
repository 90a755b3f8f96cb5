namespace QaBot.Cli.Rendering;

/// <summary>How text is emphasised: ANSI colours on a terminal, plain marks when output is piped.</summary>
internal sealed record TextStyle(bool Ansi)
{
    public static TextStyle ForConsole() => new(!Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);

    public string Highlight(string text) => Ansi ? $"\e[1;33m{text}\e[0m" : $"**{text}**";

    public string Strong(string text) => Ansi ? $"\e[1m{text}\e[0m" : text;

    public string Dim(string text) => Ansi ? $"\e[2m{text}\e[0m" : text;

    /// <summary>Drops control characters (escape sequences from article or question text) so they cannot restyle a terminal.</summary>
    public static string Clean(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) && source[i] != '\n' ? ' ' : source[i];
            }
        });
}
