using Lucene.Net.Store;
using QaBot.Core.Indexing;

namespace QaBot.Core.Search;

/// <summary>
/// Opens the index folder for answering. By default the term dictionary, postings and norms are
/// memory-mapped (every question scans postings, and mapped reads are the fastest), while doc values and
/// stored fields, of which a question reads a few records here and there, go through small buffered reads.
/// Mapping those too cost no speed to speak of but put the pages around each record in the process's
/// resident size: 860 MB instead of 180 MB over a thousand questions at a million passages. Without
/// mapping, everything is read through buffers and the process keeps only its own memory.
/// </summary>
internal static class IndexDirectory
{
    /// <summary>Lucene's 1 KB buffer takes a read per kilobyte of a long postings list.</summary>
    private const int BufferSize = 8192;

    /// <summary>The doc values and stored fields data files, read a record at a time.</summary>
    private static readonly HashSet<string> RecordFiles = ["dvd", "fdt"];

    public static Lucene.Net.Store.Directory Open(string path, bool memoryMap)
    {
        IndexCodec.Register();
        var folder = new DirectoryInfo(path);
        return memoryMap
            ? new FileSwitchDirectory(RecordFiles, new BufferedDirectory(folder), new MMapDirectory(folder), doClose: true)
            : new BufferedDirectory(folder);
    }

    private sealed class BufferedDirectory(DirectoryInfo path) : NIOFSDirectory(path)
    {
        public override IndexInput OpenInput(string name, IOContext context)
        {
            var input = base.OpenInput(name, context);
            if (input is BufferedIndexInput buffered)
            {
                buffered.SetBufferSize(BufferSize);
            }

            return input;
        }
    }
}
