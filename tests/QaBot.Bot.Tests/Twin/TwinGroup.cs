namespace QaBot.Bot.Tests.Twin;

[CollectionDefinition(Name)]
public sealed class TwinGroup : ICollectionFixture<TwinFixture>
{
    public const string Name = "Discord emulator";
}
