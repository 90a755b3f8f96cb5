using QaBot.Core.Text;

namespace QaBot.Core.Tests.Text;

public sealed class YearReferencesTests
{
    [Theory]
    [InlineData("Users reached 989 million in 2020, up from 2019 and 2020's plan.", null, new[] { "2019", "2020" })]
    [InlineData("Built in 1949, rebuilt in 1950, planned for 2099 and 2100; 12020 is no year.", null, new[] { "1950", "2099" })]
    [InlineData("Last year the number doubled, and it will again next year.", 2021, new[] { "2020", "2022" })]
    [InlineData("This year, as in the past year, and in 2019.", 2021, new[] { "2019", "2020", "2021" })]
    [InlineData("Last year the number doubled.", null, new string[0])]
    [InlineData("No year is named here at all.", 2021, new string[0])]
    public void Find_GivesTheNamedAndMeantYearsOnce(string text, int? published, string[] years)
    {
        Assert.Equal(years, YearReferences.Find(text, published).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2020", true)]
    [InlineData("1950", true)]
    [InlineData("1949", false)]
    [InlineData("2100", false)]
    [InlineData("202", false)]
    [InlineData("20x0", false)]
    public void IsYear_AcceptsFourDigitYearsFrom1950To2099(string term, bool expected)
    {
        Assert.Equal(expected, YearReferences.IsYear(term));
    }
}
