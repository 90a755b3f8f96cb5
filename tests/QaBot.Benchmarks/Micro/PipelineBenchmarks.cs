using BenchmarkDotNet.Attributes;
using QaBot.Core.Analysis;
using QaBot.Core.Answers;
using QaBot.Core.Corpus;
using QaBot.Core.Duplicates;
using QaBot.Core.Passages;
using QaBot.Core.Search;
using QaBot.Core.Text;

namespace QaBot.Benchmarks.Micro;

/// <summary>The hot pieces of indexing and answering, on the seed articles.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const string Question = "How many internet users did China have at the end of 2020?";
    private readonly ArticleReader _reader = new();
    private readonly PassageBuilder _passageBuilder = new();
    private readonly QaBotAnalyzer _analyzer = new();
    private byte[] _raw = [];
    private CleanArticle _article = null!;
    private string _paragraph = string.Empty;
    private string _body = string.Empty;
    private Passage _passage = null!;
    private QuestionParser _parser = null!;
    private QueryBuilder _queryBuilder = null!;
    private SentencePicker _picker = null!;
    private ParsedQuestion _parsed = null!;
    private List<DuplicateCandidate> _thousandArticles = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = FindCorpus();
        _raw = File.ReadAllBytes(Path.Combine(corpus, "001_af4238c5c047417c.txt"));
        _article = _reader.Parse("001_af4238c5c047417c.txt", _raw).Article!;
        _paragraph = _article.Blocks.OrderByDescending(b => b.Text.Length).First().Text;
        _body = string.Join('\n', _article.Blocks.Select(b => b.Text));
        _passage = _passageBuilder.Build(_article.Blocks)[0];
        _parser = new QuestionParser(_analyzer, new QaBotAnalyzer(Synonyms.Load()));
        _queryBuilder = new QueryBuilder(new SearchOptions());
        _picker = new SentencePicker(_analyzer);
        _parsed = _parser.Parse(Question);
        var random = new Random(3);
        var words = _body.Split(' ');
        _thousandArticles = Enumerable.Range(0, 1000)
            .Select(i => new DuplicateCandidate($"{i}.txt", MinHasher.Signature(string.Join(' ', Enumerable.Range(0, 120).Select(_ => words[random.Next(words.Length)]))), 0, 0))
            .ToList();
    }

    [Benchmark]
    public int SplitSentences() => SentenceSplitter.Split(_paragraph).Count;

    [Benchmark]
    public int CleanArticle() => _reader.Parse("001_af4238c5c047417c.txt", _raw).Article!.Blocks.Count;

    [Benchmark]
    public int CutPassages() => _passageBuilder.Build(_article.Blocks).Count;

    [Benchmark]
    public int ParseQuestion() => _parser.Parse(Question).Terms.Count;

    [Benchmark]
    public int BuildQuery() => _queryBuilder.Build(_parsed).Count;

    [Benchmark]
    public int PickSentence() => _picker.Pick(_passage, _parsed, _ => 1.0).Index;

    [Benchmark]
    public uint SignArticle() => MinHasher.Signature(_body)[0];

    [Benchmark]
    public int GroupThousandArticles() => DuplicateDetector.FindGroups(_thousandArticles).Count;

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QaBot.sln")))
            {
                return Path.Combine(dir.FullName, "corpus");
            }
        }

        throw new InvalidOperationException("QaBot.sln not found above " + AppContext.BaseDirectory);
    }
}
