using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

public class InlineMarkupRuleTests
{
    [Fact]
    public void Apply_Seed003_RemovesBrokenLinkRunsAndStrayEndTag()
    {
        var draft = SeedCorpus.Draft("003");

        var lines = new InlineMarkupRule().Run(draft);

        Assert.Equal(
            "The China 2020 Internet Development Report, which was launched Monday at the World Conference in the world, the Internet Development Forum, shows that the Regional The Digital Division in China was further reduced during last year, with the Internet penetration rate in urban areas that reach 76.4 percent, while in rural areas they extend at 52.3 percent by June 2020.",
            lines[1]);
        Assert.StartsWith("The two-day World Internet Conference: The Internet Development Forum opened Monday", lines[9], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, line => line.Contains('"', StringComparison.Ordinal) || line.Contains('<', StringComparison.Ordinal));
        Assert.Equal(5, draft.NoiseMarkers);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("004")]
    public void Apply_SeedWithoutMarkup_ChangesNothing(string number)
    {
        var draft = SeedCorpus.Draft(number);
        var before = SeedCorpus.Texts(draft);

        var after = new InlineMarkupRule().Run(draft);

        Assert.Equal(before, after);
        Assert.Equal(0, draft.NoiseMarkers);
    }

    [Theory]
    [InlineData("the site.com/view\" target=\"_BLANK\">Forum opened", "the Forum opened", 1)]
    [InlineData("a b.com/x\" target=\"_BLANK\">b.com/x\" target=\"_BLANK\">Forum", "a Forum", 2)]
    [InlineData("by June 2020. < / p>", "by June 2020.", 1)]
    [InlineData("first line<br>second line", "first line second line", 1)]
    [InlineData("read <a href=\"http://x.com/a\" target=\"_blank\">the report</a> now", "read the report now", 2)]
    [InlineData("Tom &amp; Jerry&nbsp;show", "Tom & Jerry show", 2)]
    [InlineData("China&#8217;s &#x201C;plan&#x201D;", "China’s “plan”", 3)]
    [InlineData("<!-- advert --> The text", "The text", 1)]
    public void Clean_LeakedMarkup_RemovesOrDecodesAndCountsEachFragment(string line, string expected, int fragments)
    {
        var cleaned = InlineMarkupRule.Clean(line, out var count);

        Assert.Equal(expected, cleaned);
        Assert.Equal(fragments, count);
    }

    [Theory]
    [InlineData("if a < b and c > d then")]
    [InlineData("Zhejiang A&F University and AT&T")]
    [InlineData("He said \"yes\" to the plan.")]
    [InlineData("an unknown &madeup; entity")]
    public void Clean_TextThatOnlyLooksLikeMarkup_IsUnchanged(string line)
    {
        var cleaned = InlineMarkupRule.Clean(line, out var count);

        Assert.Same(line, cleaned);
        Assert.Equal(0, count);
    }

    [Fact]
    public void Apply_LineThatWasOnlyMarkup_IsRemoved()
    {
        var draft = Drafts.Of("A sentence.", "< / p>", "Another sentence.");

        var lines = new InlineMarkupRule().Run(draft);

        Assert.Equal(["A sentence.", "Another sentence."], lines);
        Assert.Equal(1, draft.NoiseMarkers);
    }
}
