namespace QaBot.Discord.Tests.Fakes;

/// <summary>A Random whose NextDouble is fixed, so jittered delays are exact in tests.</summary>
public sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;
}
