using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using QaBot.Core.Indexing;
using QaBot.Core.Tests.TestSupport;

namespace QaBot.Core.Tests.Indexing;

public sealed class ChecksummedDirectoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Output_SameBytesAndChecksumAsLuceneOwn()
    {
        var random = new Random(5);
        var writes = Enumerable.Range(0, 400).Select(_ => RandomBytes(random, random.Next(4) switch { 0 => 1, 1 => random.Next(2, 300), 2 => random.Next(300, 16384), _ => random.Next(16384, 70000) })).ToList();
        using var ours = new ChecksummedDirectory(Path.Combine(_folder.Root, "ours"));
        using var lucenes = new SimpleFSDirectory(Path.Combine(_folder.Root, "lucene"));

        var (ourChecksum, ourLength) = Write(ours, writes);
        var (luceneChecksum, luceneLength) = Write(lucenes, writes);

        Assert.Equal(luceneChecksum, ourChecksum);
        Assert.Equal(luceneLength, ourLength);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_folder.Root, "lucene", "f")), File.ReadAllBytes(Path.Combine(_folder.Root, "ours", "f")));
    }

    [Fact]
    public void Index_WrittenThroughIt_PassesLuceneChecks_AndACorruptedFileIsCaught()
    {
        _folder.CopySeedCorpus();
        new CorpusIndexer(new IndexerOptions { CorpusPath = _folder.Corpus, IndexPath = _folder.Index }).Run(rebuild: false);

        using (var directory = FSDirectory.Open(_folder.Index))
        {
            Assert.True(new CheckIndex(directory).DoCheckIndex().Clean);
        }

        var postings = System.IO.Directory.GetFiles(_folder.Index, "*.doc").First();
        var bytes = File.ReadAllBytes(postings);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(postings, bytes);
        using (var directory = FSDirectory.Open(_folder.Index))
        using (var input = directory.OpenInput(Path.GetFileName(postings), IOContext.READ_ONCE))
        {
            var error = Assert.ThrowsAny<IOException>(() => CodecUtil.ChecksumEntireFile(input));
            Assert.StartsWith("checksum failed", error.Message, StringComparison.Ordinal);
        }
    }

    private static (long Checksum, long Length) Write(Lucene.Net.Store.Directory directory, List<byte[]> writes)
    {
        using var output = directory.CreateOutput("f", IOContext.DEFAULT);
        foreach (var write in writes)
        {
            if (write.Length == 1)
            {
                output.WriteByte(write[0]);
            }
            else
            {
                output.WriteBytes(write, 0, write.Length);
            }
        }

        Assert.Equal(writes.Sum(w => (long)w.Length), output.Position);
        return (output.Checksum, output.Length);
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
