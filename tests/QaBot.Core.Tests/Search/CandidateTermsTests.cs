using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using QaBot.Core.Analysis;
using QaBot.Core.Answers;
using QaBot.Core.Indexing;
using QaBot.Core.Search;
using QaBot.Core.Tests.TestSupport;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Tests.Search;

/// <summary>
/// Which sentence of a candidate holds the question's terms comes from the passage record's per-sentence
/// terms: through the answer service, a question whose words all stand in one sentence of a
/// one-paragraph, five-sentence passage gets that sentence, wherever it stands in the passage.
/// </summary>
public sealed class CandidateTermsTests : IDisposable
{
    private const string First = "The Redwater market opened a new hall for farmers on Monday.";
    private const string Middle = "The cheese stall sold 1,400 wheels of goat cheese before noon.";
    private const string Last = "The council plans a second hall for the spring season.";

    private static readonly string Market = $"""
        ---
        title: Market hall opens
        publisher: Valley Times
        published: 2021-04-12
        ---
        {First} Traders said the hall was crowded with visitors from the valley. {Middle} Parking near the market remained difficult for most visitors. {Last}
        """;

    // Several passages under sub-headings, so later passages have a context field (lead-in, heading, lead).
    private static readonly string Harbour = $"""
        ---
        title: Harbour board widens the quay
        ---
        {Sentences("quay", 5)}

        ## Dredging the channel

        {Sentences("channel", 5)}

        ## Cranes and berths

        {Sentences("crane", 4)} The dredging of the quay channel continues.
        """;

    private readonly TempFolder _folder = new();

    public CandidateTermsTests()
    {
        _folder.Write("market.md", Market);
        _folder.Write("harbour.md", Harbour);
        _folder.Write("orchard.md", Articles.Orchard);
        _folder.Write("volcano.md", Articles.Volcano);
        new CorpusIndexer(new IndexerOptions { CorpusPath = _folder.Corpus, IndexPath = _folder.Index }).Run(rebuild: false);
    }

    public void Dispose() => _folder.Dispose();

    private static string Sentences(string topic, int count) =>
        string.Join(' ', Enumerable.Range(1, count).Select(i => $"Work on the {topic} moved ahead in week {i}, the harbour board told shipping firms."));

    [Theory]
    [InlineData("When did the Redwater market open the new hall?", First)]
    [InlineData("How many wheels of goat cheese did the stall sell?", Middle)]
    [InlineData("What does the council plan for the spring season?", Last)]
    public void Ask_AllWordsInOneSentenceOfTheMarketPassage_AnswersWithThatSentence(string question, string sentence)
    {
        using var service = new AnswerService(_folder.Index);

        var answer = service.Ask(question, 1);

        Assert.False(answer.Abstained);
        var first = Assert.Single(answer.Answers);
        Assert.Equal("market.md", first.Source.File);
        Assert.Equal(sentence, first.Sentence);
        Assert.Equal(sentence, first.Passage.Substring(first.SentenceStart, sentence.Length));

        // One passage holds all five sentences, so the choice was made between them.
        Assert.StartsWith(First, first.Passage, StringComparison.Ordinal);
        Assert.EndsWith(Last, first.Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TitleAndContextMatches_BoostIsLucenesScoreOfThoseClauses()
    {
        using var directory = FSDirectory.Open(_folder.Index);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var lookup = new TermLookup(searcher);
        using var analyzer = new QaBotAnalyzer();
        var terms = TokenReader.Read(analyzer, S.Text, "harbour quay channel dredging cranes market hall volcano absent").Select(t => t.Term).ToList();
        var clauses = terms.SelectMany(t => new[] { new SearchClause(S.Title, t, 0.3f), new SearchClause(S.Context, t, 0.2f) }).ToList();
        var boosters = WeightedClause.Weigh(lookup, clauses).ToDictionary(c => (c.Field, c.Clause.Term));
        var passages = Enumerable.Range(0, reader.MaxDoc)
            .Select(doc => (Doc: doc, Record: PassageRecords.Read(reader, doc)))
            .Where(p => p.Record is not null)
            .ToList();
        var query = new BooleanQuery(disableCoord: true);
        foreach (var clause in clauses)
        {
            query.Add(new TermQuery(new Term(clause.Field, clause.Term)) { Boost = clause.Boost }, Occur.SHOULD);
        }

        var found = CandidateTerms.Read(reader, searcher.Similarity, terms, boosters, [.. passages.Select(p => p.Doc)], [.. passages.Select(p => p.Record!)]);

        Assert.True(passages.Count(p => p.Record!.Source.File == "harbour.md") >= 3);
        Assert.Contains(found, f => f.Context.Contains(terms[3]) && f.Title.Contains(terms[1]));
        for (var i = 0; i < passages.Count; i++)
        {
            var expected = searcher.Explain(query, passages[i].Doc);
            var lucene = expected.IsMatch ? expected.Value : 0f;
            Assert.True(Math.Abs(lucene - found[i].Boost) <= 1e-5 * Math.Max(lucene, found[i].Boost), $"doc {passages[i].Doc} ({passages[i].Record!.Source.File}): boost {found[i].Boost:R}, Lucene {lucene:R}");
        }

        Assert.Contains(found, f => f.Boost > 0);
    }
}
