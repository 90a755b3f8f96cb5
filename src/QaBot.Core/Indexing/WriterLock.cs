namespace QaBot.Core.Indexing;

/// <summary>
/// One indexer per index folder, across processes. Lucene's own write lock did not keep a second
/// process out on Linux here (it opened a writer and deleted the first one's unfinished files), so the
/// indexer takes this exclusive file lock before it touches the index. The file stays; only the open
/// handle is the lock, so a killed indexer never leaves a stale lock behind.
/// </summary>
internal sealed class WriterLock : IDisposable
{
    public const string FileName = "qabot-writer.lock";

    private readonly FileStream _stream;

    private WriterLock(FileStream stream) => _stream = stream;

    public static WriterLock Acquire(string indexPath, TimeSpan timeout)
    {
        var path = Path.Combine(indexPath, FileName);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new WriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
            catch (IOException e)
            {
                throw new IndexingException($"Another indexer is writing to '{indexPath}'; try again when it has finished.", e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
