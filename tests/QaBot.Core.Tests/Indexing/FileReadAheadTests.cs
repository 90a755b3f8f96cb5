using System.Collections.Concurrent;
using QaBot.Core.Corpus;
using QaBot.Core.Indexing;

namespace QaBot.Core.Tests.Indexing;

public sealed class FileReadAheadTests
{
    private static readonly TimeSpan Fast = TimeSpan.FromMilliseconds(0.05);
    private static readonly TimeSpan Slow = TimeSpan.FromMilliseconds(3);

    private static string Path(int index) => $"f{index}";

    [Fact]
    public void Took_FastReadsOnly_NeverStartsReadingAhead()
    {
        var hinted = new ConcurrentQueue<string>();
        using (var readAhead = new FileReadAhead(1000, Path, hinted.Enqueue))
        {
            for (var i = 0; i < 500; i++)
            {
                readAhead.Reached(i);
                readAhead.Took(Fast);
            }

            Assert.False(readAhead.Started);
        }

        Assert.Empty(hinted);
    }

    [Fact]
    public void Took_FewSlowReadsInEachRound_DoesNotStart()
    {
        using var readAhead = new FileReadAhead(1000, Path, _ => { });
        for (var round = 0; round < 10; round++)
        {
            // Just under half of every round: a collection or a preempted worker, not the disk.
            for (var i = 0; i < FileReadAhead.Round; i++)
            {
                readAhead.Took(i < FileReadAhead.Round / 2 - 1 ? Slow : Fast);
            }
        }

        Assert.False(readAhead.Started);
    }

    [Fact]
    public void Took_HalfARoundSlow_StartsAtTheRoundsEnd()
    {
        using var readAhead = new FileReadAhead(1000, Path, _ => { });
        for (var i = 0; i < FileReadAhead.Round - 1; i++)
        {
            readAhead.Took(i % 2 == 0 ? Slow : Fast);
        }

        Assert.False(readAhead.Started);
        readAhead.Took(Fast);
        Assert.True(readAhead.Started);
    }

    [Fact]
    public void Started_HintsTheWindowAheadOfTheWorkers_InOrder_SkippingFilesNotRead()
    {
        var hinted = new BlockingCollection<string>();
        var count = 2 * FileReadAhead.Window;
        using var readAhead = new FileReadAhead(count, i => i % 3 != 0 ? Path(i) : null, hinted.Add);
        readAhead.Reached(10);

        for (var i = 0; i < FileReadAhead.Round; i++)
        {
            readAhead.Took(Slow);
        }

        var expected = Enumerable.Range(10, FileReadAhead.Window).Where(i => i % 3 != 0).Select(i => $"f{i}").ToList();
        Assert.Equal(expected, Take(hinted, expected.Count));
        Assert.False(hinted.TryTake(out _, TimeSpan.FromMilliseconds(100)));

        // The workers are past the first hinted files: the window moves on from where the hints stopped.
        readAhead.Reached(FileReadAhead.Window);
        var rest = Enumerable.Range(10 + FileReadAhead.Window, count - 10 - FileReadAhead.Window).Where(i => i % 3 != 0).Select(i => $"f{i}").ToList();
        Assert.Equal(rest, Take(hinted, rest.Count));
    }

    [Fact]
    public void ReadAhead_MissingFile_DoesNothing()
    {
        ArticleFile.ReadAhead(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "qabot-no-such-file-" + Guid.NewGuid().ToString("N")));
    }

    private static List<string> Take(BlockingCollection<string> hinted, int count)
    {
        var taken = new List<string>();
        for (var i = 0; i < count; i++)
        {
            Assert.True(hinted.TryTake(out var path, TimeSpan.FromSeconds(10)), $"only {i} of {count} files were hinted");
            taken.Add(path);
        }

        return taken;
    }
}
