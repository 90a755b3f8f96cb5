using System.Text.RegularExpressions;
using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

/// <summary>
/// The cheap checks that spare a rule its regex, held against the regex itself on every seed line and on random
/// lines made of what the pattern looks for: a check may say yes when the regex says no, never the other way.
/// </summary>
public class RulePreCheckTests
{
    [Fact]
    public void MayEndWithMarker_SeedAndRandomLines_TrueWheneverTheMarkerMatches()
    {
        var matched = AssertImplied(
            EndMarkerRule.Marker(),
            EndMarkerRule.MayEndWithMarker,
            PreCheckLines.All(1, "Enditem", "enditem", "EndItem", "ENDITEM", "END ITEM", "End Item", "story.", "said.”", "(AP)", "item", "m", "M"));

        Assert.True(matched > 100, $"only {matched} lines matched");
    }

    [Fact]
    public void MayBeCopyright_SeedAndRandomLines_TrueWheneverThePatternMatches()
    {
        var matched = AssertImplied(
            CopyrightRule.Pattern(),
            CopyrightRule.MayBeCopyright,
            PreCheckLines.All(2, "copyright", "Copyright", "COPYRIGHT", "(c)", "(C)", "©", "1995", "2021", "Xinhua", "all rights reserved", "All Rights Reserved", "rights", "reserved", "all"));

        Assert.True(matched > 100, $"only {matched} lines matched");
    }

    [Fact]
    public void Separator_LineWithoutSeparatorMark_DoesNotMatch()
    {
        string[] marks = ["/", ">", "»", "›", "→"];
        var matched = AssertImplied(
            BreadcrumbRule.Separator(),
            line => marks.Any(mark => line.Contains(mark, StringComparison.Ordinal)),
            PreCheckLines.All(3, "Home", "China", "News", "World", "/", ">", "»", "›", "→", "-", "|"));

        Assert.True(matched > 100, $"only {matched} lines matched");
    }

    [Fact]
    public void DatelineCheck_SeedAndRandomLines_EveryDatelineHasABracket()
    {
        // Datelines are built slot by slot, as the pattern reads them, with a wrong choice in every slot now and then.
        string[][] slots =
        [
            ["Hangzhou", "NEW YORK", "St. John's", "Ürümqi", "x", "", "Hangzhou (Xinhua)"],
            ["", ", November 24", ",Sept. 3, 2020", ", 24 November", ", Nov 2021"],
            ["", " ", "\u00a0", "\t"],
            ["(", "", "[", "（"],
            ["Xinhua", "AP", "A&P News", "xinhua", "Reuters Wire Service Of Record"],
            [")", "", ")("],
            [" - ", " -- ", "–", " — ", " ", ": "],
            ["Internet has grown.", "", " ", "x"],
        ];
        var random = new Random(4);
        var lines = Enumerable.Range(0, 20_000).Select(_ => string.Concat(slots.Select(slot => slot[random.Next(slot.Length)])));

        var matched = AssertImplied(DatelineRule.Dateline(), line => line.Contains('(', StringComparison.Ordinal), PreCheckLines.Seed().Concat(lines));

        Assert.True(matched > 100, $"only {matched} lines matched");
    }

    [Fact]
    public void EditionSwitcherRule_SeedAndRandomLines_AgreesWithCountingDistinctUpperCaseMatches()
    {
        var rule = new EditionSwitcherRule();
        var noise = 0;
        foreach (var line in PreCheckLines.All(5, "Edition", "English", "中文", "双语", "简体", "繁體", "Français", "Español", "Deutsch", "Русский", "العربية", "日本語", "한국어", "Português", "Italiano", "Global", "ASIA"))
        {
            var expected = LineShape.IsTitleLike(line)
                && EditionSwitcherRule.Names().Matches(line).Select(m => m.Value.ToUpperInvariant()).Distinct().Count() >= 2;
            Assert.True(expected == rule.IsNoise(line), line);
            noise += expected ? 1 : 0;
        }

        Assert.True(noise > 100, $"only {noise} lines were switchers");
    }

    [Fact]
    public void MayHoldNumber_SeedAndRandomLines_TrueWheneverThePatternMatches()
    {
        var matched = AssertImplied(
            RegistrationRule.Pattern(),
            RegistrationRule.MayHoldNumber,
            PreCheckLines.All(7, "License", "licence", "Registration", "Number:", "reg.", "permit", "ICP", "京ICP备", "05070218号", "0108263", "130349", "٠١٢٣٤٥٦٧", "１２３４５６"));

        Assert.True(matched > 100, $"only {matched} lines matched");
    }

    [Fact]
    public void MayEndWithCredit_SeedAndRandomLines_AgreesWithTwoCaseInsensitiveSearches()
    {
        var lines = PreCheckLines.All(8, "photo", "Photo", "PHOTOS", "image", "Images", "[Photo/Xinhua]", "(Xinhua/Yang Wenbin)", "phot", "imag", "ımage", "ſ", "]", ")");
        foreach (var line in lines)
        {
            var end = line.AsSpan().TrimEnd();
            var expected = end.Length > 0
                && (end[^1] is ']' or ')'
                    || end.Contains("photo", StringComparison.OrdinalIgnoreCase)
                    || end.Contains("image", StringComparison.OrdinalIgnoreCase));
            Assert.True(expected == PhotoCaptionRule.MayEndWithCredit(line), line);
        }
    }

    [Fact]
    public void MayBeChrome_SeedAndRandomLines_TrueWheneverThePatternMatches()
    {
        string[] words =
        [
            "share", "this", "on", "via", "to", "it", "-", ":", "|", "/", "wechat", "we chat", "weibo", "facebook", "twitter", "linkedin", "whatsapp", "whats app",
            "e-mail", "email", "print", "mail", "copy link", "qzone", "reddit", "telegram", "·", ",", "read", "see", "view", "more", "also", "full story", "full article",
            "related", "recommended", "trending", "top stories", "latest news", "editor's picks", "editors pick", "you may also like", "you may like", "most read",
            "most popular", "most viewed", "most shared", "more stories", "more news", "more articles", "more from", "stories", "articles", "news", "reading",
            "rate and comment", "rate & comment", "leave a comment", "add a comment", "post a comment", "3", "12 comments", "comment", "(4)", "already have an account",
            "don't have an account", "dont have an account", "forgot your password", "forgot password", "login", "log in", "sign in", "signin", "sign up", "register",
            "subscribe", "follow us", "join us", "here", "now", "today", "for", "contact us", "about us", "privacy", "privacy policy", "terms of use", "terms of service",
            "advertise", "advertise with us", "sitemap", "site map", "back to top", "advertisement", "sponsored", "sponsored content", "click here", "skip to content",
            "skip to main content", "download the app", "download our app", "add job alert", "add a news alert", "add email alerts", "job alerts", "apply now",
            "post a job", "previous", "next", "next article", "previous page", "→", "»", "›", ">>", ">", "Login here",
        ];

        var matched = AssertImplied(PageChromeRule.Pattern(), PageChromeRule.MayBeChrome, PreCheckLines.All(9, words).Concat(PreCheckLines.Random(10, 50_000, words)));

        Assert.True(matched > 1000, $"only {matched} lines matched");
    }

    /// <summary>Asserts that <paramref name="check"/> holds for every line the regex matches; returns how many it matched.</summary>
    internal static int AssertImplied(Regex pattern, Func<string, bool> check, IEnumerable<string> lines)
    {
        var matched = 0;
        foreach (var line in lines)
        {
            if (pattern.IsMatch(line))
            {
                matched++;
                Assert.True(check(line), line);
            }
        }

        return matched;
    }
}
