using Lucene.Net.Index;
using Lucene.Net.Store;
using QaBot.Core.Answers;
using QaBot.Core.Indexing;
using QaBot.Core.Search;
using QaBot.Core.Tests.TestSupport;

namespace QaBot.Core.Tests.Indexing;

public sealed class CorpusIndexerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private CorpusIndexer Indexer(TimeSpan? lockTimeout = null) => new(new IndexerOptions
    {
        CorpusPath = _folder.Corpus,
        IndexPath = _folder.Index,
        LockTimeout = lockTimeout ?? TimeSpan.FromSeconds(3),
    });

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_SeedCorpus_IndexesFiveArticlesWithOneDuplicateGroup()
    {
        _folder.CopySeedCorpus();
        var report = Indexer().Run(rebuild: false);

        Assert.Equal((5, 5, 0, 0, 0), (report.Articles, report.Added, report.Changed, report.Removed, report.Unchanged));
        Assert.Equal(1, report.DuplicateGroups);
        Assert.InRange(report.Passages, 15, 80);
        Assert.Empty(report.Skipped);
    }

    [Fact]
    public void Run_SeedCorpusWithADuplicate_LeavesNoTraceOfTheGroupFieldDeclaration()
    {
        _folder.CopySeedCorpus();
        Indexer().Run(rebuild: false);

        using var directory = FSDirectory.Open(_folder.Index);
        using var reader = DirectoryReader.Open(directory);
        var groups = MultiDocValues.GetNumericValues(reader, IndexSchema.Group);
        Assert.Equal(0, reader.DocFreq(new Term(IndexSchema.Kind, IndexSchema.DeclarationKind)));
        Assert.Equal(reader.MaxDoc, reader.NumDocs);
        // Both articles of the seed corpus's one duplicate group hold its value, on all their passages.
        var grouped = Enumerable.Range(0, reader.MaxDoc).Where(d => GroupValue.Read(groups, d).Group != 0).ToList();
        Assert.Equal(2, grouped.Select(d => PassageRecords.Read(reader, d)!.Source.File).Distinct().Count());
        Assert.Single(grouped.Select(d => GroupValue.Read(groups, d).Group).Distinct());
        Assert.Single(grouped.Where(d => GroupValue.Read(groups, d).Canonical).Select(d => PassageRecords.Read(reader, d)!.Source.File).Distinct());
    }

    [Fact]
    public void Run_Twice_SecondRunChangesNothingAndWritesNoCommit()
    {
        _folder.CopySeedCorpus();
        var first = Indexer().Run(rebuild: false);
        var generation = CommitGeneration();

        var second = Indexer().Run(rebuild: false);

        Assert.Equal((0, 0, 0, 5), (second.Added, second.Changed, second.Removed, second.Unchanged));
        Assert.Equal((first.Articles, first.Passages, first.DuplicateGroups), (second.Articles, second.Passages, second.DuplicateGroups));
        Assert.Equal(generation, CommitGeneration());
    }

    [Fact]
    public void Run_AddChangeDelete_UpdatesOnlyThoseFiles()
    {
        _folder.Write("volcano.md", Articles.Volcano);
        _folder.Write("orchard.md", Articles.Orchard);
        Indexer().Run(rebuild: false);

        _folder.Write("news/railway.md", Articles.Railway);
        _folder.Write("orchard.md", Articles.Orchard.Replace("48,000 tonnes", "51,000 tonnes", StringComparison.Ordinal));
        File.Delete(Path.Combine(_folder.Corpus, "volcano.md"));
        var report = Indexer().Run(rebuild: false);

        Assert.Equal((1, 1, 1, 0), (report.Added, report.Changed, report.Removed, report.Unchanged));
        Assert.Equal(2, report.Articles);
        using var service = new AnswerService(_folder.Index);
        Assert.Contains("51,000 tonnes", service.Ask("How many tonnes of apples were picked?", 1).Answers[0].Passage, StringComparison.Ordinal);
        Assert.Null(service.GetArticle("volcano.md"));
        Assert.NotNull(service.GetArticle("news/railway.md"));
    }

    [Fact]
    public void Run_DuplicateAddedThenCanonicalDeleted_RegroupsOnEachRun()
    {
        _folder.Write("volcano.md", Articles.Volcano);
        _folder.Write("orchard.md", Articles.Orchard);
        Indexer().Run(rebuild: false);
        _folder.Write("volcano-copy.md", Articles.Volcano
            .Replace("publisher: Island Herald", "publisher: Copy Wire", StringComparison.Ordinal)
            .Replace("12,000", "120,000", StringComparison.Ordinal)
            .Replace("The Mount Karsa volcano erupted", "The Mount Karsa volcano erupted <br> < / p> target=\"_BLANK\">", StringComparison.Ordinal));

        var joined = Indexer().Run(rebuild: false);
        var withCopy = Evacuated();
        File.Delete(Path.Combine(_folder.Corpus, "volcano.md"));
        var parted = Indexer().Run(rebuild: false);
        var alone = Evacuated();

        Assert.Equal((1, 1), (joined.Added, joined.DuplicateGroups));
        Assert.Equal(("volcano.md", "volcano-copy.md"), withCopy);
        Assert.Equal((1, 0), (parted.Removed, parted.DuplicateGroups));
        Assert.Equal(("volcano-copy.md", string.Empty), alone);

        // The first answer's file, and the files named as also reporting it.
        (string File, string AlsoReported) Evacuated()
        {
            using var service = new AnswerService(_folder.Index);
            var answer = service.Ask("How many residents were evacuated?", 3).Answers[0];
            return (answer.Source.File, string.Join(',', answer.AlsoReportedBy.Select(a => a.File)));
        }
    }

    [Fact]
    public void Run_ArticlesTooLargeForDocValues_AreKeptUnchangedAndStillGroupedAsDuplicates()
    {
        // Some 60 KB of text each: more than a binary doc value could hold, which once kept records.
        var body = string.Join("\n\n", Enumerable.Range(1, 50).Select(i => string.Join(' ', Enumerable.Range(1, 12).Select(j =>
            $"Section {i} of the harbour survey counted {i * j} cranes and {i + j} berths along quay {j}."))));
        _folder.Write("survey.md", "---\ntitle: Harbour survey\npublisher: Port Weekly\n---\n\n" + body);
        _folder.Write("survey-copy.md", "---\ntitle: Harbour survey\npublisher: Copy Wire\n---\n\n" + body);
        var first = Indexer().Run(rebuild: false);

        // A new article makes the next run regroup, reading the kept articles' signatures back.
        _folder.Write("volcano.md", Articles.Volcano);
        var second = Indexer().Run(rebuild: false);

        Assert.Equal((2, 1), (first.Added, first.DuplicateGroups));
        Assert.Equal((1, 0, 2, 1), (second.Added, second.Changed, second.Unchanged, second.DuplicateGroups));
        using var service = new AnswerService(_folder.Index);
        Assert.True(service.GetArticle("survey-copy.md")!.Paragraphs.Sum(p => p.Length) > 32766);
    }

    [Fact]
    public void Run_TouchedButSameContent_CountsAsUnchanged()
    {
        var path = _folder.Write("volcano.md", Articles.Volcano);
        Indexer().Run(rebuild: false);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(5));

        var report = Indexer().Run(rebuild: false);

        Assert.Equal((0, 0, 1), (report.Added, report.Changed, report.Unchanged));
    }

    [Fact]
    public void Run_BadFiles_AreSkippedWithReasonsAndTheRestIndexed()
    {
        _folder.Write("volcano.md", Articles.Volcano);
        _folder.Write("empty.txt", string.Empty);
        File.WriteAllBytes(Path.Combine(_folder.Corpus, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0, 1, 2, 3]);
        _folder.Write("notes.pdf", "%PDF-1.4");

        var report = Indexer().Run(rebuild: false);

        Assert.Equal(1, report.Articles);
        Assert.Equal(["binary.txt", "empty.txt", "notes.pdf"], report.Skipped.Select(s => s.File));
        Assert.All(report.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.Contains("unsupported", report.Skipped[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FileThatCannotBeOpened_IsSkippedAsUnreadableAndTheRestIndexed()
    {
        _folder.Write("volcano.md", Articles.Volcano);
        File.CreateSymbolicLink(Path.Combine(_folder.Corpus, "gone.txt"), Path.Combine(_folder.Root, "missing.txt"));

        var report = Indexer().Run(rebuild: false);

        Assert.Equal((1, 1), (report.Articles, report.Added));
        var skipped = Assert.Single(report.Skipped);
        Assert.Equal("gone.txt", skipped.File);
        Assert.StartsWith("unreadable: ", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_IndexedFileTurnsBad_KeepsThePreviousVersion()
    {
        _folder.Write("volcano.md", Articles.Volcano);
        Indexer().Run(rebuild: false);
        _folder.Write("volcano.md", string.Empty);

        var report = Indexer().Run(rebuild: false);

        Assert.Equal(1, report.Articles);
        Assert.Contains("previously indexed version is kept", Assert.Single(report.Skipped).Reason, StringComparison.Ordinal);
        using var service = new AnswerService(_folder.Index);
        Assert.False(service.Ask("How many residents were evacuated?", 1).Abstained);
    }

    [Fact]
    public void Run_MissingCorpus_FailsWithOneLineMessage()
    {
        var indexer = new CorpusIndexer(new IndexerOptions { CorpusPath = Path.Combine(_folder.Root, "nope"), IndexPath = _folder.Index });
        var error = Assert.Throws<IndexingException>(() => indexer.Run(rebuild: false));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Run_CorpusIsAFile_SaysSoAndWritesNothing()
    {
        var file = _folder.Write("notes.txt", "Not a folder.");

        var error = Assert.Throws<IndexingException>(() => new CorpusIndexer(new IndexerOptions { CorpusPath = file, IndexPath = _folder.Index }).Run(rebuild: false));

        Assert.Equal($"The corpus '{file}' is a file, not a folder: pass --corpus DIR, the folder that holds the articles.", error.Message);
        Assert.False(System.IO.Directory.Exists(_folder.Index));
    }

    [Fact]
    public void Run_IndexIsAFile_SaysSoAndLeavesTheFileAlone()
    {
        _folder.Write("volcano.md", Articles.Volcano);
        var file = Path.Combine(_folder.Root, "index.txt");
        File.WriteAllText(file, "keep me");

        var error = Assert.Throws<IndexingException>(() => new CorpusIndexer(new IndexerOptions { CorpusPath = _folder.Corpus, IndexPath = file }).Run(rebuild: true));

        Assert.Equal($"The index '{file}' is a file, not a folder: pass --index DIR, a folder for the index.", error.Message);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void Run_WhileAnotherWriterHoldsTheLock_FailsClearlyAndLeavesNoLock()
    {
        _folder.Write("volcano.md", Articles.Volcano);
        Indexer().Run(rebuild: false);
        using (new FileStream(Path.Combine(_folder.Index, "qabot-writer.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var error = Assert.Throws<IndexingException>(() => Indexer(TimeSpan.FromMilliseconds(200)).Run(rebuild: false));
            Assert.Contains("Another indexer", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(1, Indexer().Run(rebuild: false).Unchanged);
    }

    [Fact]
    public void Run_CorruptIndex_AsksForRebuild_AndRebuildRepairsIt()
    {
        _folder.Write("volcano.md", Articles.Volcano);
        Indexer().Run(rebuild: false);
        foreach (var segments in System.IO.Directory.GetFiles(_folder.Index, "segments_*"))
        {
            File.WriteAllBytes(segments, [1, 2, 3, 4, 5]);
        }

        var error = Assert.Throws<IndexingException>(() => Indexer().Run(rebuild: false));
        Assert.Contains("--rebuild", error.Message, StringComparison.Ordinal);

        var report = Indexer().Run(rebuild: true);
        Assert.Equal(1, report.Added);
        using var service = new AnswerService(_folder.Index);
        Assert.False(service.Ask("volcano ash", 1).Abstained);
    }

    [Fact]
    public void Run_Cancelled_LeavesTheLastCommitAsItWas()
    {
        _folder.Write("volcano.md", Articles.Volcano);
        Indexer().Run(rebuild: false);
        var generation = CommitGeneration();
        _folder.Write("orchard.md", Articles.Orchard);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Indexer().Run(rebuild: false, cancellationToken: cancel.Token));

        Assert.Equal(generation, CommitGeneration());
        Assert.Equal((1, 1), (Indexer().Run(rebuild: false).Added, 1));
    }

    [Fact]
    public void Run_ManyFiles_IndexesEveryArticleOnAllCoresAndFindsEach()
    {
        // Past the parallel threshold: the workers' segments are written by two threads at the end.
        const int count = 260;
        for (var i = 0; i < count; i++)
        {
            _folder.Write($"batch/{i:000}.txt", ManyFilesArticle(i).Text);
        }

        var report = Indexer().Run(rebuild: false);

        Assert.Equal((count, count, 0, 0), (report.Articles, report.Added, report.DuplicateGroups, report.Skipped.Count));
        using (var directory = FSDirectory.Open(_folder.Index))
        using (var reader = DirectoryReader.Open(directory))
        {
            Assert.Equal(count, reader.DocFreq(new Term(IndexSchema.Kind, IndexSchema.ArticleKind)));
            Assert.Equal(report.Passages, reader.NumDocs);
            Assert.All(reader.Leaves, leaf => Assert.True(leaf.Reader.NumDocs > 0));
        }

        using (var service = new AnswerService(_folder.Index))
        {
            Assert.Equal("batch/137.txt", service.Ask($"Which lighthouse stands on the {ManyFilesArticle(137).Quay} quay?", 1).Answers[0].Source.File);
        }

        var again = Indexer().Run(rebuild: false);
        Assert.Equal((0, count), (again.Added, again.Unchanged));
    }

    [Fact]
    public void Run_ManyFilesCancelled_LeavesTheLastCommitAsItWas()
    {
        _folder.Write("volcano.md", Articles.Volcano);
        Indexer().Run(rebuild: false);
        var generation = CommitGeneration();
        for (var i = 0; i < 260; i++)
        {
            _folder.Write($"batch/{i:000}.txt", ManyFilesArticle(i).Text);
        }

        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Indexer().Run(rebuild: false, cancellationToken: cancel.Token));

        Assert.Equal(generation, CommitGeneration());
        Assert.Equal(260, Indexer().Run(rebuild: false).Added);
    }

    /// <summary>An article about harbour <paramref name="i"/> in made-up words of its own, so that no two are near-duplicates.</summary>
    private static (string Text, string Quay) ManyFilesArticle(int i)
    {
        var random = new Random(i);
        string Word() => string.Concat(Enumerable.Range(0, random.Next(5, 9)).Select(_ => (char)('a' + random.Next(26))));
        string Sentence() => string.Join(' ', Enumerable.Range(0, 12).Select(_ => Word())) + ".";
        var quay = Word();
        return ($"Harbour {i} notes\n\nThe lighthouse of harbour {i} stands on the {quay} quay. {Sentence()} {Sentence()} {Sentence()}\n", quay);
    }

    private long CommitGeneration()
    {
        using var directory = FSDirectory.Open(_folder.Index);
        return SegmentInfos.GetLastCommitGeneration(directory);
    }
}
