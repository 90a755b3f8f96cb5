using Lucene.Net.Store;

namespace QaBot.Core.Search;

/// <summary>
/// Opens the index folder for answering. Memory-mapped by default: the fastest (a third lower p95 at a
/// million passages), though the index pages questions touch then count in the process's resident size.
/// Otherwise positional reads into 8 KB buffers (Lucene's 1 KB buffer takes a read per kilobyte of a long
/// postings list): the pages stay in the operating system's page cache and the process keeps only its
/// own memory.
/// </summary>
internal static class IndexDirectory
{
    private const int BufferSize = 8192;

    public static FSDirectory Open(string path, bool memoryMap) =>
        memoryMap ? FSDirectory.Open(path) : new BufferedDirectory(new DirectoryInfo(path));

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
