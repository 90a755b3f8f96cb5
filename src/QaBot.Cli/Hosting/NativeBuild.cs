namespace QaBot.Cli.Hosting;

/// <summary>
/// Whether this program is the native build (<c>dotnet publish</c> with native AOT, which sets
/// <see cref="Switch"/>): its code was compiled with full optimisation ahead of time, so nothing is
/// compiled, or recompiled after 30 calls, as it runs.
/// </summary>
internal static class NativeBuild
{
    public const string Switch = "QaBot.NativeBuild";

    public static bool IsRunning { get; } = AppContext.TryGetSwitch(Switch, out var native) && native;
}
