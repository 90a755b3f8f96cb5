using Lucene.Net.Store;

namespace QaBot.Core.Indexing;

/// <summary>
/// The index folder as the indexer writes it: Lucene's memory-mapped directory (what
/// <see cref="FSDirectory.Open(string)"/> gives on 64-bit systems), whose new files are
/// <see cref="ChecksummedOutput"/>s.
/// </summary>
internal sealed class ChecksummedDirectory(string path) : MMapDirectory(path)
{
    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        EnsureOpen();
        EnsureCanWrite(name);
        return new ChecksummedOutput(Path.Combine(Directory.FullName, name));
    }
}
