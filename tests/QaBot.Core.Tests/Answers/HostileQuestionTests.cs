using QaBot.Core.Answers;
using QaBot.Core.Tests.TestSupport;

namespace QaBot.Core.Tests.Answers;

public sealed class HostileQuestionTests(SeedIndex seed) : IClassFixture<SeedIndex>
{
    public static TheoryData<string> HostileQuestions() => new()
    {
        string.Empty,
        "   ",
        "?!.,;",
        "the of and is",
        "AND OR NOT",
        "title:(x",
        "\"",
        "*",
        "\\",
        "internet AND",
        "text:internet^100 OR file:*",
        "&& || ! * ? ~ ^ \\ ( ) [ ] { } : /",
        "🙂🚀🔥",
        "中国互联网发展报告",
        "كم عدد مستخدمي الإنترنت في الصين؟",
        "\u0000\u0001\u001b[31m internet \u0007",
        new string('x', 10_000),
        string.Join(' ', Enumerable.Repeat("internet users China", 3_400)),
    };

    [Theory]
    [MemberData(nameof(HostileQuestions))]
    public void Ask_HostileInput_AnswersOrAbstainsWithoutThrowing(string question)
    {
        using var service = new AnswerService(seed.IndexPath);
        var answer = service.Ask(question, 3);

        Assert.Equal(question, answer.Question);
        Assert.True(answer.Abstained ? answer.Answers.Count == 0 : answer.Answers.Count is > 0 and <= 3);
    }

    [Theory]
    [InlineData("")]
    [InlineData("what is the")]
    [InlineData("?!")]
    public void Ask_NoContentWords_Abstains(string question)
    {
        using var service = new AnswerService(seed.IndexPath);
        var answer = service.Ask(question, 3);
        Assert.True(answer.Abstained);
        Assert.Empty(answer.Answers);
    }
}
