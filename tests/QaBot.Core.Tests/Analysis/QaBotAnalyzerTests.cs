using QaBot.Core.Analysis;

namespace QaBot.Core.Tests.Analysis;

public sealed class QaBotAnalyzerTests
{
    public static TheoryData<string> StopWords => [.. QaBotAnalyzer.StopWords];

    [Theory]
    [MemberData(nameof(StopWords))]
    public void Analyze_StopWordInAnyCase_LeavesNoTerm(string word)
    {
        using var analyzer = new QaBotAnalyzer();
        string[] forms = [word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..]];

        foreach (var form in forms)
        {
            Assert.Empty(TokenReader.Read(analyzer, "text", form));
        }
    }

    [Fact]
    public void Analyze_CapitalisedWordsAmongStopWords_KeepsTheWordsLowerCasedAndStemmed()
    {
        using var analyzer = new QaBotAnalyzer();

        var tokens = TokenReader.Read(analyzer, "text", "THE Internet Users OF China WHO");

        Assert.Equal([("internet", 1), ("user", 2), ("china", 4)], tokens.Select(t => (t.Term, t.Position)));
    }
}
