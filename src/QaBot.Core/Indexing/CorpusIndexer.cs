using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Hashing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using QaBot.Core.Analysis;
using QaBot.Core.Corpus;
using QaBot.Core.Duplicates;
using QaBot.Core.Passages;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Indexing;

/// <summary>
/// Brings the index in line with the corpus folder: new files are added, changed ones replaced, deleted
/// ones removed and unchanged ones left alone; then near-duplicate groups are recomputed. Everything
/// lands in one Lucene commit, so readers see the old index or the new one, never half of a run, and a
/// run that dies leaves the last commit in place.
/// </summary>
public sealed class CorpusIndexer(IndexerOptions options)
{
    /// <summary>Below this many changed files, work in file order on one thread so runs are reproducible.</summary>
    private const int ParallelThreshold = 200;

    /// <summary>Files a worker takes at a time.</summary>
    private const int Batch = 16;

    private readonly IndexerOptions _options = options ?? throw new ArgumentNullException(nameof(options));
    private readonly ArticleReader _reader = new();
    private readonly PassageBuilder _passageBuilder = new(options.Passages);

    public IndexReport Run(bool rebuild, IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        if (!System.IO.Directory.Exists(_options.CorpusPath))
        {
            throw new IndexingException(File.Exists(_options.CorpusPath)
                ? $"The corpus '{_options.CorpusPath}' is a file, not a folder: pass --corpus DIR, the folder that holds the articles."
                : $"The corpus folder '{_options.CorpusPath}' does not exist: create it and add articles (.txt, .md, .html), or pass --corpus DIR.");
        }

        var scan = CorpusScanner.Scan(_options.CorpusPath);
        CreateIndexFolder();
        using var writerLock = WriterLock.Acquire(_options.IndexPath, _options.LockTimeout);
        using var directory = new ChecksummedDirectory(_options.IndexPath);

        // The write lock comes first: nothing of the old index is read before this run owns it.
        IndexReport report;
        using (var writer = OpenWriter(directory, rebuild))
        using (var analyzer = new QaBotAnalyzer())
        {
            try
            {
                rebuild |= NeedsRebuild(directory);
                if (rebuild)
                {
                    // Like OpenMode.CREATE, but readers keep the old commit until this run commits.
                    writer.DeleteAll();
                }

                report = Update(writer, analyzer, scan, rebuild, progress, cancellationToken);
            }
            catch
            {
                // Nothing of this run may reach readers: drop it and keep the last commit.
                writer.Rollback();
                throw;
            }
        }

        // Timed after the writer is closed, which waits for the merges it started.
        return report with { Seconds = stopwatch.Elapsed.TotalSeconds };
    }

    private IndexReport Update(IndexWriter writer, QaBotAnalyzer analyzer, CorpusScan scan, bool rebuild, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        using var oldReader = rebuild ? null : OpenExistingReader(writer.Directory);
        var manifest = oldReader is null ? IndexManifest.Empty : IndexManifest.Read(oldReader);
        var skipped = new ConcurrentBag<SkippedFile>(scan.Skipped);

        // What the index holds of each scanned file after this run, in scan order (sorted by path): the entry
        // kept from the last run, or only what regrouping needs of the article added now (holding whole
        // articles until the commit cost gigabytes at a million of them).
        var files = scan.Files;
        var kept = new ManifestEntry?[files.Count];
        var added = new (DuplicateCandidate Candidate, int Passages)?[files.Count];
        int changedCount = 0, addedCount = 0, unchangedCount = 0, done = 0;

        void Process(int index, FileReadAhead? readAhead)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[index];
            manifest.Entries.TryGetValue(file.RelativePath, out var previous);
            var result = ReadIfChanged(file, previous, readAhead);
            switch (result)
            {
                case { Unchanged: true }:
                    kept[index] = previous;
                    Interlocked.Increment(ref unchangedCount);
                    break;
                case { Skip: { } reason }:
                    skipped.Add(previous is null
                        ? new SkippedFile(file.RelativePath, reason)
                        : new SkippedFile(file.RelativePath, reason + " (the previously indexed version is kept)"));
                    kept[index] = previous;
                    break;
                case { Article: { } article }:
                    if (previous is not null)
                    {
                        writer.DeleteDocuments(new Term(S.File, file.RelativePath));
                        Interlocked.Increment(ref changedCount);
                    }
                    else
                    {
                        Interlocked.Increment(ref addedCount);
                    }

                    writer.AddDocuments(ArticleDocuments.Create(article, analyzer));
                    added[index] = (new DuplicateCandidate(article.Article.File, article.Signature, article.NoisePerThousandWords, article.MetadataFields), article.Passages.Count);
                    break;
            }

            progress?.Report(new IndexProgress(Interlocked.Increment(ref done), files.Count));
        }

        if (files.Count < ParallelThreshold)
        {
            for (var i = 0; i < files.Count; i++)
            {
                Process(i, readAhead: null);
            }
        }
        else
        {
            // New files are read whole; one whose stamp is unchanged is not read at all.
            using var readAhead = new FileReadAhead(files.Count, i => manifest.Entries.ContainsKey(files[i].RelativePath) ? null : files[i].FullPath);
            var claimed = 0;
            void Work()
            {
                // Small batches from one counter: the workers go through the files in scan order together, so the
                // read-ahead runs just in front of both.
                int start;
                while ((start = Interlocked.Add(ref claimed, Batch) - Batch) < files.Count)
                {
                    readAhead.Reached(start);
                    for (var i = start; i < Math.Min(start + Batch, files.Count); i++)
                    {
                        Process(i, readAhead);
                    }
                }
            }

            // One worker per core: each worker's documents go to its own segment, and more workers (the pool adds
            // threads while some wait on file reads) only make more, smaller segments to search.
            var workers = Environment.ProcessorCount;
            Parallel.For(0, workers, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = workers }, _ => Work());
        }

        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var removed = manifest.Entries.Keys.Where(f => !present.Contains(f)).ToList();
        foreach (var file in removed)
        {
            writer.DeleteDocuments(new Term(S.File, file));
        }

        var changedAnything = addedCount + changedCount > 0 || removed.Count > 0 || rebuild;
        int groups;
        if (changedAnything)
        {
            // Writing out the buffered documents takes seconds: grouping runs beside it, then this thread helps write.
            var flushing = Task.Run(() => writer.Flush(triggerMerge: false, applyAllDeletes: false), cancellationToken);
            (int Groups, List<(string File, long Group, bool Canonical)> Changes) regrouped;
            try
            {
                regrouped = Regroup(manifest, kept, added);
                HelpFlush(writer, flushing);
            }
            finally
            {
                // Never leave the flush running: a failure rolls the writer back.
                flushing.GetAwaiter().GetResult();
            }

            if (regrouped.Changes.Count > 0)
            {
                DeclareGroupField(writer);
            }

            foreach (var (file, group, canonical) in regrouped.Changes)
            {
                writer.UpdateNumericDocValue(new Term(S.File, file), S.Group, new GroupValue(group, canonical).Encoded);
            }

            cancellationToken.ThrowIfCancellationRequested();
            writer.SetCommitData(new Dictionary<string, string> { [S.LayoutVersionKey] = S.LayoutVersion });
            writer.Commit();
            groups = regrouped.Groups;
        }
        else
        {
            groups = CountGroups(kept);
        }

        var articles = kept.Count(e => e is not null) + added.Count(a => a is not null);
        var passages = kept.Sum(e => e?.Passages ?? 0) + added.Sum(a => a?.Passages ?? 0);
        return new IndexReport(
            addedCount,
            changedCount,
            removed.Count,
            unchangedCount,
            [.. skipped.OrderBy(s => s.File, StringComparer.Ordinal)],
            articles,
            passages,
            groups,
            0);
    }

    private FileRead ReadIfChanged(CorpusFile file, ManifestEntry? previous, FileReadAhead? readAhead)
    {
        byte[] content;
        long modified;
        try
        {
            if (previous is not null)
            {
                var info = new FileInfo(file.FullPath);
                if (previous.Stamp.Size == info.Length && previous.Stamp.ModifiedTicks == info.LastWriteTimeUtc.Ticks)
                {
                    return new FileRead(true, null, null);
                }
            }

            // The content and time stamp from one open: a new file needs no separate look-up by path for them.
            var started = Stopwatch.GetTimestamp();
            (content, modified) = ArticleFile.Read(file.FullPath);
            readAhead?.Took(Stopwatch.GetElapsedTime(started));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileRead(false, "unreadable: " + e.Message, null);
        }

        // A 128-bit content hash tells a touched file from a changed one; nothing here needs a cryptographic
        // hash, and SHA-256 cost a rebuild a hundredth of its processor time.
        var stamp = new FileStamp(Convert.ToHexString(XxHash128.Hash(content)), content.LongLength, modified);
        if (previous is not null && previous.Stamp.Hash == stamp.Hash)
        {
            // Same content, new time stamp (a copy or a touch): unchanged, though its stamp is refreshed next time it changes.
            return new FileRead(true, null, null);
        }

        try
        {
            var result = _reader.Parse(file.RelativePath, content);
            return result.Article is null
                ? new FileRead(false, result.SkipReason ?? "skipped", null)
                : new FileRead(false, null, ArticleDocuments.Prepare(result.Article, stamp, _passageBuilder));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One bad article must not stop the run: report it and index the rest.
            return new FileRead(false, "could not be processed: " + e.Message, null);
        }
    }

    /// <summary>
    /// Recomputes the duplicate groups of every article the index holds after this run: how many there are,
    /// and the articles whose group or canonical value changes. <paramref name="kept"/> and
    /// <paramref name="added"/> are in scan order (sorted by path), so grouping sees the articles in the
    /// same order on every run.
    /// </summary>
    private (int Groups, List<(string File, long Group, bool Canonical)> Changes) Regroup(
        IndexManifest manifest, ManifestEntry?[] kept, (DuplicateCandidate Candidate, int Passages)?[] added)
    {
        var candidates = new List<DuplicateCandidate>(kept.Length);
        var current = new List<(long Group, bool Canonical)>(kept.Length);
        for (var i = 0; i < kept.Length; i++)
        {
            if (added[i] is { } article)
            {
                candidates.Add(article.Candidate);
                current.Add((0, true));
            }
            else if (kept[i] is { } entry)
            {
                candidates.Add(new DuplicateCandidate(entry.File, manifest.Signature(entry), entry.NoisePerThousandWords, entry.MetadataFields));
                current.Add((entry.Group, entry.Canonical));
            }
        }

        var groups = DuplicateDetector.FindGroups(candidates, _options.Duplicates);
        var grouped = new Dictionary<string, (long Group, bool Canonical)>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var member in group.Members)
            {
                grouped[member] = (group.Id, member == group.Canonical);
            }
        }

        var changes = new List<(string File, long Group, bool Canonical)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var file = candidates[i].File;
            var wanted = grouped.GetValueOrDefault(file, (0, true));
            if (current[i] != wanted)
            {
                changes.Add((file, wanted.Group, wanted.Canonical));
            }
        }

        return (groups.Count, changes);
    }

    /// <summary>
    /// Lucene's full flush writes the workers' segments one after another on the thread that asked for it,
    /// but hands a queued segment to any thread that adds documents meanwhile. Adding none, about every
    /// millisecond until the flush is done, makes this thread write the second segment beside the first.
    /// </summary>
    private static void HelpFlush(IndexWriter writer, Task flushing)
    {
        while (!flushing.IsCompleted)
        {
            writer.AddDocuments([]);
            Thread.Sleep(1);
        }
    }

    /// <summary>
    /// Lucene updates only the doc-value fields its writer has seen, and documents are added without a
    /// group value: a document that holds one is added and deleted again before the updates, so readers
    /// never see it (its segment, all deleted, is dropped at the commit).
    /// </summary>
    private static void DeclareGroupField(IndexWriter writer)
    {
        writer.AddDocument(new Document
        {
            new KeywordField(S.Kind, S.DeclarationKind, Field.Store.NO),
            new NumericDocValuesField(S.Group, GroupValue.Alone.Encoded),
        });
        writer.DeleteDocuments(new Term(S.Kind, S.DeclarationKind));
    }

    private static int CountGroups(IEnumerable<ManifestEntry?> entries) =>
        entries.Where(e => e is not null && e.Group != 0).Select(e => e!.Group).Distinct().Count();

    private static bool NeedsRebuild(Lucene.Net.Store.Directory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return false;
        }

        try
        {
            var commits = DirectoryReader.ListCommits(directory);
            var data = commits[^1].UserData;
            return !data.TryGetValue(S.LayoutVersionKey, out var version) || version != S.LayoutVersion;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private IndexWriter OpenWriter(Lucene.Net.Store.Directory directory, bool rebuild)
    {
        IndexWriterConfig Config() => new(QaBotAnalyzer.Version, new QaBotAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
            WriteLockTimeout = (long)_options.LockTimeout.TotalMilliseconds,
            // Fewer, larger flushed segments (less merging, fewer seeks per question); no compound files,
            // whose copy of every flushed segment cost as much as writing it.
            RAMBufferSizeMB = 1024,
            UseCompoundFile = false,
            Codec = IndexCodec.Instance,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        };
        try
        {
            return new IndexWriter(directory, Config());
        }
        catch (LockObtainFailedException e)
        {
            throw new IndexingException($"Another indexer is writing to '{_options.IndexPath}'; try again when it has finished.", e);
        }
        catch (Exception e) when (IsCorruption(e) && rebuild)
        {
            // Even CREATE reads the old commit; an unreadable one holds nothing worth keeping, so clear it and start afresh.
            ClearIndexFiles();
            return new IndexWriter(directory, Config());
        }
        catch (Exception e) when (IsCorruption(e))
        {
            throw new IndexingException($"The index at '{_options.IndexPath}' is unreadable ({e.Message}); rebuild it with: qabot index --rebuild", e);
        }
    }

    private void CreateIndexFolder()
    {
        if (File.Exists(_options.IndexPath))
        {
            throw new IndexingException($"The index '{_options.IndexPath}' is a file, not a folder: pass --index DIR, a folder for the index.");
        }

        try
        {
            System.IO.Directory.CreateDirectory(_options.IndexPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IndexingException($"The index folder '{_options.IndexPath}' cannot be created ({e.Message}); pass --index DIR, a folder QaBot may write to.", e);
        }
    }

    private static bool IsCorruption(Exception e) =>
        e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException;

    private void ClearIndexFiles()
    {
        foreach (var file in System.IO.Directory.GetFiles(_options.IndexPath))
        {
            var name = Path.GetFileName(file);
            if (name is not ("write.lock" or WriterLock.FileName) && !name.StartsWith('.'))
            {
                File.Delete(file);
            }
        }
    }

    private DirectoryReader? OpenExistingReader(Lucene.Net.Store.Directory directory)
    {
        try
        {
            return DirectoryReader.IndexExists(directory) ? DirectoryReader.Open(directory) : null;
        }
        catch (Exception e) when (IsCorruption(e) || e is FileNotFoundException)
        {
            throw new IndexingException($"The index at '{_options.IndexPath}' is unreadable ({e.Message}); rebuild it with: qabot index --rebuild", e);
        }
    }

    private sealed record FileRead(bool Unchanged, string? Skip, IndexedArticle? Article);
}
