using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using QaBot.Core.Analysis;
using QaBot.Core.Search;

namespace QaBot.Core.Tests.Search;

/// <summary>
/// MaxScore must find exactly what Lucene's exhaustive BooleanQuery (coord disabled) of SHOULD TermQuerys
/// finds, with the same BM25 scores: the same documents in the same order, where only documents whose
/// scores cannot be told apart (within <see cref="Tolerance"/>, as float sums in another order differ
/// in the last bits) may trade places.
/// </summary>
public sealed class MaxScoreSearcherTests(ZipfIndex index) : IClassFixture<ZipfIndex>
{
    private const double Tolerance = 1e-5;
    private const long SequentialOnly = 0;
    private const long AlwaysParallel = 1;
    private static readonly int[] Ks = [1, 5, 10, 30];

    private static List<(int Doc, float Score)> Search(IndexSearcher searcher, IReadOnlyList<SearchClause> clauses, int k, long parallelMinPostings)
    {
        var lookup = new TermLookup(searcher);
        return MaxScoreSearcher.Search(lookup, WeightedClause.Weigh(lookup, clauses), k, parallelMinPostings);
    }

    /// <summary>Every match, best first, as Lucene ranks them (ties by document id).</summary>
    private static ScoreDoc[] Lucene(IndexSearcher searcher, IReadOnlyList<SearchClause> clauses)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var clause in clauses)
        {
            query.Add(new TermQuery(new Term(clause.Field, clause.Term)) { Boost = clause.Boost }, Occur.SHOULD);
        }

        return searcher.Search(query, searcher.IndexReader.MaxDoc).ScoreDocs;
    }

    /// <summary>An index of these segments of texts (whitespace-separated terms), each committed apart and never merged.</summary>
    private static DirectoryReader Build(Lucene.Net.Store.Directory directory, IEnumerable<IEnumerable<string>> segments)
    {
        var config = new IndexWriterConfig(QaBotAnalyzer.Version, new WhitespaceAnalyzer(QaBotAnalyzer.Version))
        {
            Similarity = new BM25Similarity(),
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var segment in segments)
            {
                foreach (var text in segment)
                {
                    writer.AddDocument(new Document { new TextField(ZipfIndex.Text, text, Field.Store.NO) });
                }

                writer.Commit();
            }
        }

        return DirectoryReader.Open(directory);
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= Tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    private static string Describe(IReadOnlyList<SearchClause> clauses, int k, long parallelMinPostings) =>
        $"[{string.Join(", ", clauses.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Term}^{c.Boost:R}")))}] k={k} parallelMinPostings={parallelMinPostings}";

    private static void AssertSameTopK(ScoreDoc[] all, List<(int Doc, float Score)> actual, int k, string query)
    {
        var expected = all.Take(k).ToArray();
        Assert.True(expected.Length == actual.Count, $"{query}: {actual.Count} results, Lucene {expected.Length}");
        var reference = all.ToDictionary(d => d.Doc, d => d.Score);
        for (var i = 0; i < expected.Length; i++)
        {
            var (doc, score) = actual[i];
            Assert.True(reference.TryGetValue(doc, out var own), $"{query}: doc {doc} at rank {i} is not a live match");
            Assert.True(Close(score, own), $"{query}: doc {doc} scored {score:R}, Lucene {own:R}");

            // The same score at each rank, so another document here can only be one Lucene scores the same.
            Assert.True(
                Close(score, expected[i].Score),
                $"{query}: rank {i} is doc {doc} ({score:R}), Lucene doc {expected[i].Doc} ({expected[i].Score:R})");
        }

        Assert.True(actual.Select(a => a.Doc).Distinct().Count() == actual.Count, $"{query}: a document is returned twice");
    }

    private List<SearchClause> RandomQuery(Random random)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var count = random.Next(2, 9);
        while (terms.Count < count)
        {
            var pick = random.NextDouble();
            terms.Add(pick switch
            {
                < 0.45 => ZipfIndex.Word(index.ZipfRank(random)),
                < 0.85 => ZipfIndex.Word(random.Next(ZipfIndex.Vocabulary)),
                < 0.93 => ZipfIndex.RareWords[random.Next(ZipfIndex.RareWords.Count)],
                _ => "absent" + random.Next(1000).ToString(CultureInfo.InvariantCulture),
            });
        }

        return terms.Select(t => new SearchClause(ZipfIndex.Text, t, 0.2f + (0.8f * (float)random.NextDouble()))).ToList();
    }

    [Fact]
    public void ZipfIndex_Built_HasManySegmentsDeletionsAndDocumentsWithoutText()
    {
        var reader = index.Searcher.IndexReader;

        Assert.InRange(reader.Leaves.Count, 15, 40);
        Assert.InRange(reader.NumDeletedDocs, 30, 45);
        Assert.True(index.Searcher.CollectionStatistics(ZipfIndex.Text).DocCount < reader.MaxDoc);
    }

    [Theory]
    [InlineData(SequentialOnly)]
    [InlineData(AlwaysParallel)]
    public void Search_RandomQueries_ReturnsLucenesTopKWithItsScores(long parallelMinPostings)
    {
        var random = new Random(parallelMinPostings == SequentialOnly ? 11 : 12);
        var liveDocs = MultiFields.GetLiveDocs(index.Searcher.IndexReader);
        var searches = 0;
        for (var q = 0; q < 300; q++)
        {
            var clauses = RandomQuery(random);
            var all = Lucene(index.Searcher, clauses);
            foreach (var k in Ks)
            {
                var query = Describe(clauses, k, parallelMinPostings);
                var actual = Search(index.Searcher, clauses, k, parallelMinPostings);

                AssertSameTopK(all, actual, k, query);
                Assert.All(actual, a => Assert.True(liveDocs.Get(a.Doc), $"{query}: deleted doc {a.Doc} returned"));
                searches += all.Length > 0 ? 1 : 0;
            }
        }

        // The queries must have found something to compare, in nearly every search.
        Assert.True(searches > 1100, $"only {searches} searches had matches");
    }

    [Theory]
    [InlineData(SequentialOnly)]
    [InlineData(AlwaysParallel)]
    public void Search_CommonWordsOnly_ReturnsLucenesTopK(long parallelMinPostings)
    {
        // Only the most frequent words: every document matches several, so pruning does most of the work.
        var clauses = Enumerable.Range(0, 6).Select(r => new SearchClause(ZipfIndex.Text, ZipfIndex.Word(r), 1f - (r * 0.1f))).ToList();
        var all = Lucene(index.Searcher, clauses);
        Assert.True(all.Length > 2000);

        foreach (var k in Ks)
        {
            AssertSameTopK(all, Search(index.Searcher, clauses, k, parallelMinPostings), k, Describe(clauses, k, parallelMinPostings));
        }
    }

    [Fact]
    public void Search_NoClauses_ReturnsNothing()
    {
        var lookup = new TermLookup(index.Searcher);

        Assert.Empty(MaxScoreSearcher.Search(lookup, [], 10, SequentialOnly));
        Assert.Empty(MaxScoreSearcher.Search(lookup, [], 10, AlwaysParallel));
    }

    [Theory]
    [InlineData(SequentialOnly)]
    [InlineData(AlwaysParallel)]
    public void Search_TermsThatMatchNothing_ReturnsNothing(long parallelMinPostings)
    {
        SearchClause[] clauses =
        [
            new(ZipfIndex.Text, "absent1", 1f),
            new(ZipfIndex.Text, "absent2", 0.5f),
            new("nofield", ZipfIndex.Word(0), 1f),
        ];

        Assert.Empty(Lucene(index.Searcher, clauses));
        Assert.Empty(Search(index.Searcher, clauses, 10, parallelMinPostings));
    }

    [Theory]
    [InlineData(SequentialOnly)]
    [InlineData(AlwaysParallel)]
    public void Search_KLargerThanTheMatches_ReturnsEveryMatchInLucenesOrder(long parallelMinPostings)
    {
        string[] rare = ["rare0", "rare1", "single7", "single1207"];
        var clauses = rare.Select((w, i) => new SearchClause(ZipfIndex.Text, w, 1f - (0.2f * i))).ToList();
        var all = Lucene(index.Searcher, clauses);
        Assert.InRange(all.Length, 5, 16);

        var actual = Search(index.Searcher, clauses, 30, parallelMinPostings);

        Assert.Equal(all.Length, actual.Count);
        AssertSameTopK(all, actual, 30, Describe(clauses, 30, parallelMinPostings));
    }

    [Fact]
    public void Search_KBelowOne_Throws()
    {
        var lookup = new TermLookup(index.Searcher);
        Assert.Throws<ArgumentOutOfRangeException>(() => MaxScoreSearcher.Search(lookup, [], 0, SequentialOnly));
    }

    [Theory]
    [InlineData(SequentialOnly)]
    [InlineData(AlwaysParallel)]
    public void Search_TiedScoresInSeveralSegments_KeepsTheLowestDocIdsAsLucene(long parallelMinPostings)
    {
        // Identical documents score exactly alike; Lucene keeps the lowest ids, and so must MaxScore, or the
        // same question shows another passage from run to run. The first segment holds one document, so a
        // search that visits the larger segments first (as the parallel one does) must still let it in.
        var segments = new[] { 1, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50 }.Select(size => Enumerable.Repeat("alpha beta gamma", size));
        using var directory = new RAMDirectory();
        using var reader = Build(directory, segments);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        SearchClause[] clauses = [new(ZipfIndex.Text, "alpha", 1f), new(ZipfIndex.Text, "beta", 0.5f)];
        var all = Lucene(searcher, clauses);
        Assert.Equal(13, reader.Leaves.Count);
        Assert.Equal(all[0].Score, all[^1].Score);

        foreach (var k in Ks)
        {
            var actual = Search(searcher, clauses, k, parallelMinPostings);
            Assert.Equal($"k={k}: {string.Join(',', Enumerable.Range(0, k))}", $"k={k}: {string.Join(',', actual.Select(a => a.Doc))}");
        }
    }

    [Fact]
    public void Search_DocumentJustUnderTheWeakTermsBound_IsStillFound()
    {
        // Doc 0 holds only the strong term; doc 1 repeats the weak one 500 times and scores just under the
        // weak term's bound. With the strong term's boost set so that doc 0 scores 99% of doc 1, doc 0 sets
        // the score to beat first, and only a bound that is never below a reachable score lets doc 1 in.
        var filler = string.Join(' ', Enumerable.Repeat("filler", 2000));
        string[] texts = ["strong other words here", string.Join(' ', Enumerable.Repeat("weak", 500)), .. Enumerable.Repeat(filler + " weak", 40)];
        using var directory = new RAMDirectory();
        using var reader = Build(directory, [texts]);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var weak = Lucene(searcher, [new SearchClause(ZipfIndex.Text, "weak", 1f)]).Single(d => d.Doc == 1).Score;
        var strong = Lucene(searcher, [new SearchClause(ZipfIndex.Text, "strong", 1f)]).Single().Score;
        SearchClause[] clauses = [new(ZipfIndex.Text, "weak", 1f), new(ZipfIndex.Text, "strong", 0.99f * weak / strong)];
        var all = Lucene(searcher, clauses);
        var lookup = new TermLookup(searcher);
        var weighted = WeightedClause.Weigh(lookup, clauses);
        Assert.Equal([1, 0], all.Take(2).Select(d => d.Doc));
        Assert.True(all[1].Score > 0.98f * weighted[0].Bound, $"doc 0 scores {all[1].Score:R}, the weak term's bound is {weighted[0].Bound:R}");
        Assert.True(weighted[0].Bound < weighted[1].Bound);

        var actual = MaxScoreSearcher.Search(lookup, weighted, 1, SequentialOnly);

        AssertSameTopK(all, actual, 1, Describe(clauses, 1, SequentialOnly));
    }
}
