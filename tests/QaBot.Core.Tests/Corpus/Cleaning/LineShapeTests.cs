using QaBot.Core.Corpus.Cleaning;

namespace QaBot.Core.Tests.Corpus.Cleaning;

public class LineShapeTests
{
    [Theory]
    [InlineData("E-commerce in rural areas", true)]
    [InlineData("Tourists have fun at scenic spot in Nanlong Town, NW China", true)]
    [InlineData("Narrowed digital gap contributes to China's poverty alleviation: Report", true)]
    [InlineData("The report said so.", false)]
    [InlineData("“It grew,” he said.”", false)]
    [InlineData("Here are the findings:", false)]
    [InlineData("他说。", false)]
    [InlineData("2021", false)]
    [InlineData("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen", false)]
    public void IsTitleLike_Line(string line, bool expected) => Assert.Equal(expected, LineShape.IsTitleLike(line));

    [Theory]
    [InlineData("", 0)]
    [InlineData("one", 1)]
    [InlineData("Global EditionASIA 中文双语Français", 3)]
    public void CountWords_Line(string line, int expected) => Assert.Equal(expected, LineShape.CountWords(line));
}
