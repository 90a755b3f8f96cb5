using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using QaBot.Core.Analysis;
using QaBot.Core.Indexing;

namespace QaBot.Core.Tests.Analysis;

public sealed class TokenReplayTests
{
    private const string Sample = "The cat and the hat sat on the mat of the king.";

    public static TheoryData<string> Texts => new()
    {
        Sample,
        "Of the 989m users, 80% were in the U.S. and 3.2bn in China.",
        "Dogs' bones and the children's toys were found in the river's mud",
        "the and of to",
        string.Empty,
        "涨幅为 12% 😀 emoji 🎉 and 中文 text",
    };

    private static TokenReplay Replay(string text)
    {
        using var analyzer = new QaBotAnalyzer();
        return new TokenReplay(TokenReader.ReadForIndex(analyzer, IndexSchema.Text, text));
    }

    /// <summary>Every token's term, position increment and offsets, from Reset to End.</summary>
    private static List<(string Term, int Increment, int Start, int End)> Consume(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var tokens = new List<(string, int, int, int)>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void IncrementToken_AnalyzedTokens_YieldsTheAnalyzersTermsIncrementsAndOffsets(string text)
    {
        using var analyzer = new QaBotAnalyzer();
        List<(string, int, int, int)> expected;
        using (var stream = analyzer.GetTokenStream(IndexSchema.Text, text))
        {
            expected = Consume(stream);
        }

        using var replay = Replay(text);

        Assert.Equal(expected, Consume(replay));
    }

    [Fact]
    public void IncrementToken_StopWords_LeaveTheirPositionGaps()
    {
        using var replay = Replay(Sample);

        // cat (the), hat (and the), sat, mat (on the), king (of the).
        Assert.Equal([("cat", 2), ("hat", 3), ("sat", 1), ("mat", 3), ("king", 3)], Consume(replay).Select(t => (t.Term, t.Increment)));
    }

    [Fact]
    public void Reset_AfterAFullReplay_ReplaysFromTheStart()
    {
        using var replay = Replay(Sample);

        var first = Consume(replay);
        var second = Consume(replay);

        Assert.Equal(5, first.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Reset_HalfwayThrough_ReplaysFromTheStart()
    {
        using var replay = Replay(Sample);
        var term = replay.AddAttribute<ICharTermAttribute>();
        replay.Reset();
        Assert.True(replay.IncrementToken());
        Assert.True(replay.IncrementToken());
        Assert.Equal("hat", term.ToString());

        Assert.Equal(Consume(Replay(Sample)), Consume(replay));
    }

    [Fact]
    public void End_AfterTheLastToken_SetsTheFinalOffsetToTheLastWordsEnd()
    {
        using var replay = Replay(Sample);
        var offset = replay.AddAttribute<IOffsetAttribute>();
        var increment = replay.AddAttribute<IPositionIncrementAttribute>();

        Consume(replay);

        var end = Sample.IndexOf("king", StringComparison.Ordinal) + "king".Length;
        Assert.Equal((end, end), (offset.StartOffset, offset.EndOffset));
        Assert.Equal(0, increment.PositionIncrement);
    }

    [Fact]
    public void End_NoTokens_SetsTheFinalOffsetToZero()
    {
        using var replay = new TokenReplay([]);
        var offset = replay.AddAttribute<IOffsetAttribute>();

        Assert.Empty(Consume(replay));
        Assert.Equal((0, 0), (offset.StartOffset, offset.EndOffset));
    }

    [Fact]
    public void IndexWriter_FieldFromAReplay_IndexesTheSamePostingsAsTheAnalyzedText()
    {
        const string text = "Of the 989m users, 80% were in the U.S.; the users of the river's towns were 3.2bn, and users grew.";
        using var analyzer = new QaBotAnalyzer();
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(QaBotAnalyzer.Version, analyzer)))
        {
            writer.AddDocument(new Document
            {
                new TextField("analyzed", text, Field.Store.NO),
                new Field("replayed", new TokenReplay(TokenReader.ReadForIndex(analyzer, "replayed", text)), TextField.TYPE_NOT_STORED),
            });
        }

        using var reader = DirectoryReader.Open(directory);
        var leaf = reader.Leaves[0].AtomicReader;
        var expected = Postings(leaf, "analyzed");

        Assert.Equal(3, expected.Single(p => p.Term == "user").Positions.Length);
        Assert.Equal(expected, Postings(leaf, "replayed"), new PostingComparer());
    }

    private static List<(string Term, int[] Positions)> Postings(AtomicReader reader, string field)
    {
        var postings = new List<(string, int[])>();
        var terms = reader.GetTerms(field).GetEnumerator();
        while (terms.MoveNext())
        {
            var positions = terms.DocsAndPositions(null, null);
            Assert.NotEqual(DocIdSetIterator.NO_MORE_DOCS, positions.NextDoc());
            postings.Add((terms.Term.Utf8ToString(), [.. Enumerable.Range(0, positions.Freq).Select(_ => positions.NextPosition())]));
        }

        return postings;
    }

    private sealed class PostingComparer : IEqualityComparer<(string Term, int[] Positions)>
    {
        public bool Equals((string Term, int[] Positions) x, (string Term, int[] Positions) y) =>
            x.Term == y.Term && x.Positions.SequenceEqual(y.Positions);

        public int GetHashCode((string Term, int[] Positions) obj) => StringComparer.Ordinal.GetHashCode(obj.Term);
    }
}
