using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

/// <summary>Each line-dropping rule on small cases of its own: lines it must drop and look-alikes it must keep.</summary>
public class LineNoiseRuleCaseTests
{
    [Theory]
    [InlineData("* * *", true)]
    [InlineData("---", true)]
    [InlineData("•", true)]
    [InlineData("2020", false)]
    [InlineData("OK", false)]
    public void DecorationLineRule_IsNoise(string line, bool expected) =>
        Assert.Equal(expected, new DecorationLineRule().IsNoise(line));

    [Theory]
    [InlineData("Copyright © 2021 Xinhua. All rights reserved.", true)]
    [InlineData("© 2021 Example News", true)]
    [InlineData("Copyright 1995 - 2021 China Daily", true)]
    [InlineData("Content on this site, all rights reserved, may not be copied", true)]
    [InlineData("Copyright holders sued the platform in 2019 over pirated films.", false)]
    [InlineData("The copyright law was amended last year.", false)]
    public void CopyrightRule_IsNoise(string line, bool expected) =>
        Assert.Equal(expected, new CopyrightRule().IsNoise(line));

    [Theory]
    [InlineData("Licence for publishing news online 1234567", true)]
    [InlineData("Registration Number: 130349", true)]
    [InlineData("京ICP备13028878号-6", true)]
    [InlineData("Registration for the 2022 exam opens on Monday, with 12345 places available across 30 cities and 200 schools.", false)]
    [InlineData("License plates were auctioned.", false)]
    public void RegistrationRule_IsNoise(string line, bool expected) =>
        Assert.Equal(expected, new RegistrationRule().IsNoise(line));

    [Theory]
    [InlineData("Share - WeChat", true)]
    [InlineData("Share this article", true)]
    [InlineData("WeChat | Weibo | Facebook", true)]
    [InlineData("Read more →", true)]
    [InlineData("See also: more on the economy", true)]
    [InlineData("Related stories", true)]
    [InlineData("Rate and Comment", true)]
    [InlineData("Already have an account? Login here", true)]
    [InlineData("Sign up for our newsletter", true)]
    [InlineData("contact us", true)]
    [InlineData("Add Job Alert", true)]
    [InlineData("Back to top", true)]
    [InlineData("Next article", true)]
    [InlineData("Share prices of tech firms rose sharply on Monday after the report was released to investors.", false)]
    [InlineData("Contact tracing apps helped", false)]
    [InlineData("Readers are asked to register their interest before the event opens next week.", false)]
    public void PageChromeRule_IsNoise(string line, bool expected) =>
        Assert.Equal(expected, new PageChromeRule().IsNoise(line));

    [Theory]
    [InlineData("Image of Admission letters catch eyes of freshmen", true)]
    [InlineData("Photo of the day", true)]
    [InlineData("[Image]", true)]
    [InlineData("Image of a nation was shaped by the games, officials said.", false)]
    [InlineData("Imagery from the satellite", false)]
    public void ImagePlaceholderRule_IsNoise(string line, bool expected) =>
        Assert.Equal(expected, new ImagePlaceholderRule().IsNoise(line));

    [Theory]
    [InlineData("Visitors view the lanterns in Beijing, Feb 1, 2021. [Photo/Xinhua]", true)]
    [InlineData("Workers on a line. [Photo provided to China Daily]", true)]
    [InlineData("A farmer picks tea in Hangzhou. (Xinhua/Weng Xinyang)", true)]
    [InlineData("Rescuers at the site. (Photo: AFP)", true)]
    [InlineData("An Internet user in China. Photo: Xinhua", true)]
    [InlineData("Photo: Reuters", true)]
    [InlineData("A student shows a letter. Chen Shengwei/For China Daily", true)]
    [InlineData("The center (CNNIC) released the report on Wednesday.", false)]
    [InlineData("Imports rose (year-on-year/month-on-month figures differ).", false)]
    [InlineData("He took the photo with his phone.", false)]
    [InlineData("Crowds in the square. [PHOTO/Xinhua]  ", true)]
    [InlineData("Crowds in the square. IMAGE by Jane Roe", true)]
    [InlineData("file photo: Reuters", true)]
    [InlineData("Imports fell / For Comparison see below", false)]
    public void PhotoCaptionRule_IsNoise(string line, bool expected) =>
        Assert.Equal(expected, new PhotoCaptionRule().IsNoise(line));

    [Theory]
    [InlineData("Global EditionASIA 中文双语Français", true)]
    [InlineData("English | 中文 | Español", true)]
    [InlineData("Special Edition", false)]
    [InlineData("English teachers in China", false)]
    public void EditionSwitcherRule_IsNoise(string line, bool expected) =>
        Assert.Equal(expected, new EditionSwitcherRule().IsNoise(line));

    [Theory]
    [InlineData("Home / China / Innovation", true)]
    [InlineData("News > World > Asia-Pacific", true)]
    [InlineData("Home / Business", true)]
    [InlineData("AI / ML", false)]
    [InlineData("Exports / imports / reserves all rose in January, the data showed.", false)]
    public void BreadcrumbRule_IsNoise(string line, bool expected) =>
        Assert.Equal(expected, new BreadcrumbRule().IsNoise(line));

    [Theory]
    [InlineData("The stories were compiled by Nadeem Xu and KoKo and first published at", true)]
    [InlineData("This article was first published in The Conversation.", true)]
    [InlineData("The views don't necessarily reflect those of China Daily.", true)]
    [InlineData("Editor: Li Xiang", true)]
    [InlineData("The report was published on Wednesday by the center.", false)]
    [InlineData("Data compiled by the customs office showed a rise.", false)]
    public void CreditFooterRule_IsNoise(string line, bool expected) =>
        Assert.Equal(expected, new CreditFooterRule().IsNoise(line));
}
