using Lucene.Net.Store;
using QaBot.Core.Answers;
using QaBot.Core.Search;
using QaBot.Core.Tests.TestSupport;

namespace QaBot.Core.Tests.Search;

/// <summary>
/// The answering side maps postings into memory but reads doc values and stored fields through buffers,
/// so the records a question touches do not grow the process; both ways answer alike.
/// </summary>
public sealed class IndexDirectoryTests(SeedIndex seed) : IClassFixture<SeedIndex>
{
    [Fact]
    public void Open_MemoryMapped_MapsPostingsAndBuffersRecordsAndStoredFields()
    {
        using var directory = IndexDirectory.Open(seed.IndexPath, memoryMap: true);
        var files = directory.ListAll();

        foreach (var (extension, buffered) in new[] { (".dvd", true), (".fdt", true), (".doc", false), (".tim", false), (".nvd", false) })
        {
            // Doc values come in generations once grouping updates them ("_0_1_Lucene45_0.dvd"): all are buffered.
            var names = files.Where(f => f.EndsWith(extension, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(names);
            foreach (var name in names)
            {
                using var input = directory.OpenInput(name, IOContext.DEFAULT);
                Assert.Equal(buffered, input is BufferedIndexInput);
            }
        }
    }

    [Fact]
    public void Open_WithoutMemoryMap_BuffersEveryFile()
    {
        using var directory = IndexDirectory.Open(seed.IndexPath, memoryMap: false);

        foreach (var name in directory.ListAll().Where(f => f.StartsWith('_')))
        {
            using var input = directory.OpenInput(name, IOContext.DEFAULT);
            Assert.IsAssignableFrom<BufferedIndexInput>(input);
        }
    }

    [Fact]
    public void Ask_MappedOrBuffered_GivesTheSameAnswersAndArticle()
    {
        using var mapped = new AnswerService(seed.IndexPath, new SearchOptions { MemoryMap = true });
        using var buffered = new AnswerService(seed.IndexPath, new SearchOptions { MemoryMap = false });

        var fromMapped = mapped.Ask("How many internet users does China have?", 3);
        var fromBuffered = buffered.Ask("How many internet users does China have?", 3);

        Assert.NotEmpty(fromMapped.Answers);
        Assert.Equal(
            fromBuffered.Answers.Select(a => (a.Source.File, a.Score, a.Sentence)),
            fromMapped.Answers.Select(a => (a.Source.File, a.Score, a.Sentence)));
        var file = fromMapped.Answers[0].Source.File;
        Assert.Equal(buffered.GetArticle(file)!.Paragraphs, mapped.GetArticle(file)!.Paragraphs);
    }
}
