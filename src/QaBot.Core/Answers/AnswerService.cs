using Lucene.Net.Index;
using Lucene.Net.Search;
using QaBot.Core.Analysis;
using QaBot.Core.Indexing;
using QaBot.Core.Search;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Answers;

/// <summary>
/// Answers questions from the passage index. Created once and shared by all threads: it owns one
/// <see cref="SearcherManager"/>, checks for a newer commit on a timer (never per question), and opens
/// the index lazily, so it can start before the first index is built.
/// </summary>
public sealed class AnswerService : IAnswerService, IDisposable
{
    private readonly string _indexPath;
    private readonly SearchOptions _options;
    private readonly QaBotAnalyzer _analyzer = new();
    private readonly QaBotAnalyzer? _synonymAnalyzer;
    private readonly QuestionParser _parser;
    private readonly QueryBuilder _queryBuilder;
    private readonly SpellCorrector _corrector;
    private readonly System.Threading.Lock _openLock = new();
    private readonly Timer _refreshTimer;
    private Lucene.Net.Store.Directory? _directory;
    private SearcherManager? _manager;
    private DuplicateGroups? _groups;
    private bool _disposed;

    public AnswerService(string indexPath, SearchOptions? options = null)
    {
        _indexPath = indexPath ?? throw new ArgumentNullException(nameof(indexPath));
        _options = options ?? new SearchOptions();
        _synonymAnalyzer = _options.Synonyms ? new QaBotAnalyzer(Analysis.Synonyms.Load(_options.SynonymsFile)) : null;
        _parser = new QuestionParser(_analyzer, _synonymAnalyzer, _options.MaxQueryTerms);
        _corrector = new SpellCorrector(_analyzer);
        _queryBuilder = new QueryBuilder(_options);
        _refreshTimer = new Timer(_ => Refresh(), null, _options.RefreshInterval, _options.RefreshInterval);
    }

    public Answer Ask(string question, int top, int skip = 0) => AskInContext(question, null, top, skip);

    public Answer AskInContext(string question, string? topic, int top, int skip = 0)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        var parsed = _parser.Parse(question);
        if (parsed.IsEmpty)
        {
            return new Answer(question, true, [], []);
        }

        var manager = Manager();
        var searcher = manager.Acquire();
        try
        {
            var lookup = new TermLookup(searcher);
            var corrected = _corrector.Correct(lookup, question);
            var followUp = topic is not null && topic != question && FollowUpDetector.IsFollowUp(question, parsed);
            if (corrected is not null || followUp)
            {
                parsed = _parser.Parse(corrected ?? question, followUp ? topic : null);
            }

            var answer = Respond(lookup, parsed, top, skip);
            return answer with { Question = question, CorrectedQuestion = corrected, FollowUpOf = followUp ? topic : null };
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    private Answer Respond(TermLookup lookup, ParsedQuestion parsed, int top, int skip)
    {
        var question = parsed.Text;
        var ranker = new PassageRanker(lookup, _options);
        var hits = ranker.Rank(parsed, _queryBuilder.Build(parsed), Math.Max(_options.Candidates, (skip + top) * 3));
        if (hits.Count == 0 || hits[0].Coverage < _options.MinCoverage)
        {
            return new Answer(question, true, [], Hints(hits));
        }

        var groups = Groups(lookup.Searcher);
        var answers = Collapse(hits)
            .Skip(skip)
            .Take(top)
            .Select((hit, i) => ToAnswerPassage(hit, skip + i + 1, groups))
            .ToList();
        return new Answer(question, false, answers, []);
    }

    public ArticleView? GetArticle(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var manager = Manager();
        var searcher = manager.Acquire();
        try
        {
            var query = new BooleanQuery
            {
                { new TermQuery(new Term(S.Kind, S.ArticleKind)), Occur.MUST },
                { new TermQuery(new Term(S.File, file)), Occur.MUST },
            };
            var top = searcher.Search(query, 1);
            if (top.TotalHits == 0)
            {
                return null;
            }

            var (source, blocks) = ArticleRecords.Read(searcher.IndexReader, top.ScoreDocs[0].Doc)
                ?? throw new IndexUnavailableException("An article of the index has no record: rebuild it with: qabot index --rebuild");
            return new ArticleView(source, [.. blocks.Select(b => b.Text)]);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>Checks for a newer commit now (the timer does this every <see cref="SearchOptions.RefreshInterval"/>).</summary>
    public void Refresh()
    {
        try
        {
            _manager?.MaybeRefresh();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // A commit being written or a half-deleted file: keep serving the current searcher; the next tick retries.
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _refreshTimer.Dispose();
        _manager?.Dispose();
        _directory?.Dispose();
        _analyzer.Dispose();
        _synonymAnalyzer?.Dispose();
    }

    private static List<string> Hints(IReadOnlyList<PassageHit> hits) =>
        hits.Where(h => h.Coverage > 0).Select(h => h.Source.Title).Distinct(StringComparer.Ordinal).Take(3).ToList();

    /// <summary>
    /// Keeps one report of each story: passages of a non-canonical duplicate are dropped when the
    /// canonical article has a passage among the hits, and kept otherwise (the story would be lost).
    /// </summary>
    private static IEnumerable<PassageHit> Collapse(IReadOnlyList<PassageHit> hits)
    {
        var canonicalFiles = hits.Where(h => h.Group != 0 && h.Canonical).Select(h => h.Group).ToHashSet();
        return hits.Where(h => h.Group == 0 || h.Canonical || !canonicalFiles.Contains(h.Group));
    }

    private static AnswerPassage ToAnswerPassage(PassageHit hit, int rank, DuplicateGroups groups)
    {
        var span = hit.Passage.Sentences[hit.Sentence.Index];
        var others = groups.Members(hit.Group)
            .Where(m => m.File != hit.Source.File)
            .Select(m => new AlsoReported(m.Publisher ?? m.Title, m.Published, m.File))
            .ToList();
        return new AnswerPassage(
            rank,
            (float)hit.Score,
            hit.Passage.SentenceText(hit.Sentence.Index),
            hit.Passage.Text,
            span.Start,
            hit.Source,
            others);
    }

    private DuplicateGroups Groups(IndexSearcher searcher)
    {
        var groups = _groups;
        if (groups is null || !ReferenceEquals(groups.Reader, searcher.IndexReader))
        {
            groups = DuplicateGroups.Load(searcher);
            _groups = groups;
        }

        return groups;
    }

    private SearcherManager Manager()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_manager is { } existing)
        {
            return existing;
        }

        lock (_openLock)
        {
            if (_manager is not null)
            {
                return _manager;
            }

            try
            {
                _directory ??= IndexDirectory.Open(_indexPath, _options.MemoryMap);
                if (!DirectoryReader.IndexExists(_directory))
                {
                    throw new IndexUnavailableException($"There is no index at '{_indexPath}'. Build it with: qabot index");
                }

                _manager = new SearcherManager(_directory, new QaBotSearcherFactory(_options));
                return _manager;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or IndexFormatTooOldException or IndexFormatTooNewException)
            {
                throw new IndexUnavailableException(
                    $"The index at '{_indexPath}' is unreadable ({e.Message}). Rebuild it with: qabot index --rebuild", e);
            }
        }
    }
}
