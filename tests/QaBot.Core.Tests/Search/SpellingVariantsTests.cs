using QaBot.Core.Search;

namespace QaBot.Core.Tests.Search;

public sealed class SpellingVariantsTests
{
    [Theory]
    [InlineData("harbor", "harbour", true)]
    [InlineData("Neighbors", "neighbours", true)]
    [InlineData("kilometers", "kilometres", true)]
    [InlineData("center", "centre", true)]
    [InlineData("analyzed", "analysed", true)]
    [InlineData("organization", "organisation", true)]
    [InlineData("traveled", "travelled", true)]
    [InlineData("catalog", "catalogue", true)]
    [InlineData("defense", "defence", true)]
    [InlineData("held", "help", false)]
    [InlineData("filed", "filled", false)]
    [InlineData("for", "four", false)]
    [InlineData("harbour", "harbour", false)]
    public void Others_BritishAndAmericanSpellings_GiveEachOtherEitherWay(string a, string b, bool expected)
    {
        Assert.Equal(expected, SpellingVariants.Others(a).Contains(b.ToLowerInvariant(), StringComparer.Ordinal));
        Assert.Equal(expected, SpellingVariants.Others(b).Contains(a.ToLowerInvariant(), StringComparer.Ordinal));
    }
}
