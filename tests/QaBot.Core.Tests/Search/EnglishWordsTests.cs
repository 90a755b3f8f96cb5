using QaBot.Core.Search;

namespace QaBot.Core.Tests.Search;

public sealed class EnglishWordsTests
{
    [Theory]
    [InlineData("held", true)]
    [InlineData("Shopped", true)]
    [InlineData("harbor", true)]
    [InlineData("alibaba", false)]
    [InlineData("netizens", false)]
    [InlineData("residnts", false)]
    public void Contains_EverydayWordsInAnyCase_ButNotNamesOrTypos(string word, bool expected)
    {
        Assert.Equal(expected, EnglishWords.Contains(word));
    }
}
