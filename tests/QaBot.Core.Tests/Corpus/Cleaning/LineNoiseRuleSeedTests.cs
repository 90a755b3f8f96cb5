using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

/// <summary>
/// Every line-dropping rule on every seed: it removes exactly the lines listed and nothing else.
/// A rule with nothing to remove from a seed must leave it alone (no false positives on real text).
/// </summary>
public class LineNoiseRuleSeedTests
{
    public static TheoryData<string, string, string[]> Expected => new()
    {
        { nameof(CopyrightRule), "001", ["Copyright 1995 - . All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC). Without written authorization from CDIC, such content shall not be republished or used in any form. Note: Browsers with 1024*768 or higher resolution are suggested for this site."] },
        { nameof(RegistrationRule), "001", ["License for publishing multimedia online 0108263", "Registration Number: 130349"] },
        { nameof(PageChromeRule), "001", ["Share - WeChat"] },
        { nameof(PageChromeRule), "003", ["Rate and Comment", "Read more →", "Already have an account? Login here", "contact us", "Add Job Alert"] },
        { nameof(ImagePlaceholderRule), "003", ["Image of How to find a teaching job in Universities in China", "Image of Admission letters catch eyes of freshmen"] },
        { nameof(PhotoCaptionRule), "000", ["A staff member helps a passenger scan the health tracking QR code before entering Kaili South Railway Station in southwest China's Guizhou Province, Jan. 28, 2021. (Xinhua/Yang Wenbin)"] },
        { nameof(PhotoCaptionRule), "001", ["Medical experts hold online consultations at the Telemedicine Center of the Inner Mongolia Autonomous Region in Hohhot, Feb 14, 2020. [Photo/Xinhua]"] },
        { nameof(PhotoCaptionRule), "002", ["Staff present goods through livestream broadcast at the China Western Consumption Poverty Alleviation Center in Chongqing, southwest China, Oct. 31, 2020. [Photo/Xinhua]"] },
        { nameof(PhotoCaptionRule), "003", ["A student shows an admission letter from Zhejiang A&F University. Chen Shengwei/For China Daily when recently admitted university students receive th"] },
        { nameof(PhotoCaptionRule), "004", ["An Internet user in China. Photo: Xinhua"] },
        { nameof(EditionSwitcherRule), "001", ["Global EditionASIA 中文双语Français"] },
        { nameof(BreadcrumbRule), "001", ["Home / China / Innovation"] },
        { nameof(CreditFooterRule), "004", ["The stories were compiled by Nadeem Xu and KoKo and first published at"] },
    };

    public static TheoryData<string, string> Untouched
    {
        get
        {
            var data = new TheoryData<string, string>();
            var touched = Expected.Select(row => ((string)row[0], (string)row[1])).ToHashSet();
            foreach (var rule in Rules.Keys)
            {
                foreach (var number in new[] { "000", "001", "002", "003", "004" })
                {
                    if (!touched.Contains((rule, number)))
                    {
                        data.Add(rule, number);
                    }
                }
            }

            return data;
        }
    }

    private static Dictionary<string, LineNoiseRule> Rules { get; } = new LineNoiseRule[]
    {
        new DecorationLineRule(), new CopyrightRule(), new RegistrationRule(), new PageChromeRule(), new ImagePlaceholderRule(),
        new PhotoCaptionRule(), new EditionSwitcherRule(), new BreadcrumbRule(), new CreditFooterRule(),
    }.ToDictionary(rule => rule.GetType().Name);

    [Theory]
    [MemberData(nameof(Expected))]
    public void Apply_SeedArticle_RemovesExactlyTheFurnitureLines(string rule, string number, string[] removed)
    {
        var draft = SeedCorpus.Draft(number);
        var before = SeedCorpus.Texts(draft);

        var after = Rules[rule].Run(draft);

        Assert.Equal(before.Where(line => !removed.Contains(line)), after);
        Assert.Equal(removed.Length, before.Count - after.Count);
        Assert.Equal(removed.Length, draft.NoiseMarkers);
    }

    [Theory]
    [MemberData(nameof(Untouched))]
    public void Apply_SeedArticleWithoutSuchLines_ChangesNothing(string rule, string number)
    {
        var draft = SeedCorpus.Draft(number);
        var before = SeedCorpus.Texts(draft);

        Assert.Equal(before, Rules[rule].Run(draft));
        Assert.Equal(0, draft.NoiseMarkers);
    }
}
