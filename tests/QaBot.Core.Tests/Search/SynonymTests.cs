using QaBot.Core.Analysis;
using QaBot.Core.Answers;
using QaBot.Core.Indexing;
using QaBot.Core.Search;
using QaBot.Core.Tests.TestSupport;

namespace QaBot.Core.Tests.Search;

public sealed class SynonymTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Parse_Synonyms_AreAddedAtLowerWeightBesideTheTypedWord()
    {
        var parser = new QuestionParser(new QaBotAnalyzer(), new QaBotAnalyzer(Synonyms.Load()));
        var parsed = parser.Parse("How many netizens shopped?");

        var concept = parsed.Concepts[0];
        Assert.Equal(["netizen"], concept.Typed);
        Assert.Contains("internet", concept.Terms);
        Assert.Equal(1f, parsed.WeightOf("netizen"));
        Assert.Equal(QuestionParser.SynonymWeight, parsed.WeightOf("internet"));
    }

    [Fact]
    public void Ask_SynonymOnlyMatch_FindsThePassage_ButTheExactWordRanksFirst()
    {
        _folder.Write("a.md", "---\ntitle: Shoppers\n---\nMore netizens bought groceries on their phones this winter than ever before, the survey found.\n");
        _folder.Write("b.md", "---\ntitle: Trade report\n---\nShops reported that internet users bought groceries in record numbers during the cold months, according to a trade association report released on Friday.\n");
        new CorpusIndexer(new IndexerOptions { CorpusPath = _folder.Corpus, IndexPath = _folder.Index }).Run(rebuild: false);
        using var service = new AnswerService(_folder.Index);

        var netizens = service.Ask("How many netizens bought groceries?", 2);
        var users = service.Ask("How many internet users bought groceries?", 2);

        Assert.Equal(["a.md", "b.md"], netizens.Answers.Select(a => a.Source.File));
        Assert.Equal(["b.md", "a.md"], users.Answers.Select(a => a.Source.File));
    }

    [Fact]
    public void Load_UserFileInWrongFormat_IsAFormatErrorNamingTheFile()
    {
        var path = Path.Combine(_folder.Root, "syn.txt");
        File.WriteAllText(path, "a => b => c\n");
        var error = Assert.Throws<FormatException>(() => Synonyms.Load(path));
        Assert.Contains("syn.txt", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("989m users", "989", "million")]
    [InlineData("up 5% today", "5", "percent")]
    [InlineData("worth 3bn", "3", "billion")]
    public void Analyzer_NumberSuffixes_ReadAsWords(string text, string number, string word)
    {
        var terms = TokenReader.Read(new QaBotAnalyzer(), IndexSchema.Text, text).Select(t => t.Term).ToList();
        Assert.Equal(terms.IndexOf(number) + 1, terms.IndexOf(word));
    }
}
