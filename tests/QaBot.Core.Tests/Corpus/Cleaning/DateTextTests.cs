using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

public class DateTextTests
{
    [Theory]
    [InlineData("2021-02-04 09:06", "2021-02-04")]
    [InlineData("2021-02-04", "2021-02-04")]
    [InlineData("November 25, 2020", "2020-11-25")]
    [InlineData("Jan. 28, 2021", "2021-01-28")]
    [InlineData("Sept. 3, 2019", "2019-09-03")]
    [InlineData("4 February 2021", "2021-02-04")]
    [InlineData("2021-02-04T23:30:00+08:00", "2021-02-04")]
    [InlineData("2021-02-04T20:00:00Z", "2021-02-04")]
    public void TryParse_DateWithYear_GivesTheDate(string text, string expected)
    {
        Assert.True(DateText.TryParse(text, out var date));
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("November 24")]
    [InlineData("Nov. 24")]
    [InlineData("February 29")]
    public void TryParse_DateWithoutYear_IsADateWithUnknownYear(string text)
    {
        Assert.True(DateText.TryParse(text, out var date));
        Assert.Null(date);
    }

    [Theory]
    [InlineData("twice a year since 1997, the report")]
    [InlineData("Wednesday")]
    [InlineData("1997")]
    [InlineData("")]
    public void TryParse_NotADate_IsFalse(string text)
    {
        Assert.False(DateText.TryParse(text, out var date));
        Assert.Null(date);
    }
}
