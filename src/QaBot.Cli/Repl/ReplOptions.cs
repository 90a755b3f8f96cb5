using QaBot.Cli.Rendering;

namespace QaBot.Cli.Repl;

/// <summary>How the console behaves: prompts and colours only for a person at a terminal.</summary>
internal sealed record ReplOptions(bool Interactive, TextStyle Style, int Top = 3);
