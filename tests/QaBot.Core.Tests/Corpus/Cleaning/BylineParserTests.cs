using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

public class BylineParserTests
{
    [Theory]
    [InlineData("By ZHANG YANGFEI | China Daily | Updated: 2021-02-04 09:06", "Zhang Yangfei", "China Daily", "2021-02-04 09:06")]
    [InlineData("XinhuaUpdated: November 25, 2020", null, "Xinhua", "November 25, 2020")]
    [InlineData("Updated: 2021-02-04", null, null, "2021-02-04")]
    [InlineData("By Jane Roe", "Jane Roe", null, null)]
    [InlineData("By JOHN DOE AND JANE ROE", "John Doe and Jane Roe", null, null)]
    [InlineData("Source: Xinhua | 2021-02-04 09:06:33 | Editor: huaxia", null, "Xinhua", "2021-02-04 09:06:33")]
    [InlineData("Published: Jan. 28, 2021", null, null, "Jan. 28, 2021")]
    [InlineData("SOURCE: XINHUA", null, "XINHUA", null)]
    [InlineData("Edited by Li Ming | 2021-02-04", null, null, "2021-02-04")]
    public void TryParse_Byline_ReadsItsParts(string line, string? author, string? publisher, string? date)
    {
        var byline = BylineParser.TryParse(line);

        Assert.Equal(new Byline(author, publisher, date), byline);
    }

    [Theory]
    [InlineData("Published twice a year since 1997, the report provides one of the most authoritative snapshots of China's internet development.")]
    [InlineData("By the end of 2020, China had 989 million net users.")]
    [InlineData("Home / China / Innovation")]
    [InlineData("Society")]
    [InlineData("China Daily | World")]
    [InlineData("An Internet user in China. Photo: Xinhua")]
    [InlineData("The page was updated: nobody knows when")]
    [InlineData("China Daily | 2021-02-04 09:06")]
    public void TryParse_Prose_IsNotAByline(string line)
    {
        Assert.Null(BylineParser.TryParse(line));
    }
}
