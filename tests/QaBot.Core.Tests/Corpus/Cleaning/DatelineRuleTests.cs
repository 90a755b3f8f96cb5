using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

public class DatelineRuleTests
{
    [Fact]
    public void Apply_Seed003_StripsDatelineAndKeepsDateWithoutYear()
    {
        var draft = SeedCorpus.Draft("003");

        var lines = new DatelineRule().Run(draft);

        Assert.StartsWith("Internet has played a remarkable role in China's poverty relief campaign,", lines[0], StringComparison.Ordinal);
        Assert.Equal("Xinhua", draft.Metadata.Publisher);
        Assert.Equal("November 24", draft.Metadata.PublishedText);
        Assert.Null(draft.Metadata.Published);
        Assert.Equal(0, draft.NoiseMarkers);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("004")]
    public void Apply_SeedWithoutDateline_ChangesNothing(string number)
    {
        var draft = SeedCorpus.Draft(number);
        var before = SeedCorpus.Texts(draft);

        Assert.Equal(before, new DatelineRule().Run(draft));
        Assert.Null(draft.Metadata.Publisher);
    }

    [Theory]
    [InlineData("BEIJING, Nov. 24, 2020 (Reuters) -- China said on Tuesday.", "Reuters", "Nov. 24, 2020", "2020-11-24", "China said on Tuesday.")]
    [InlineData("WASHINGTON (AP) — The Senate voted on Friday.", "AP", null, null, "The Senate voted on Friday.")]
    [InlineData("Hangzhou, November 24 (Xinhua) - Internet has grown.", "Xinhua", "November 24", null, "Internet has grown.")]
    public void Apply_Dateline_ReadsAgencyAndDate(string lead, string agency, string? dateText, string? date, string rest)
    {
        var draft = Drafts.Of("Short headline here", lead);

        var lines = new DatelineRule().Run(draft);

        Assert.Equal(["Short headline here", rest], lines);
        Assert.Equal(agency, draft.Metadata.Publisher);
        Assert.Equal(dateText, draft.Metadata.PublishedText);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), draft.Metadata.Published);
    }

    [Fact]
    public void Apply_DatelineLikeTextAfterTheLead_IsLeftAlone()
    {
        var draft = Drafts.Of("The lead sentence comes first.", "Hangzhou, November 24 (Xinhua) - later text.");

        Assert.Equal("Hangzhou, November 24 (Xinhua) - later text.", new DatelineRule().Run(draft)[1]);
        Assert.Null(draft.Metadata.Publisher);
    }
}
