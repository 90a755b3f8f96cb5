using QaBot.Core.Corpus;

namespace QaBot.Core.Indexing;

/// <summary>
/// Keeps the system reading the next article files into memory while the workers clean and index the ones
/// before them, once reads show that the files are not in memory already: the workers read one file each
/// at a time and would otherwise wait for the disk on every one (a 100,000-article rebuild from files not
/// in memory took twice as long as from files that were). Until then it costs a time stamp per read.
/// </summary>
internal sealed class FileReadAhead : IDisposable
{
    /// <summary>How many files ahead of the workers the system is asked to read.</summary>
    public const int Window = 256;

    /// <summary>A read slower than this came from the disk, not from memory (those take ten to thirty microseconds here).</summary>
    public static readonly TimeSpan SlowRead = TimeSpan.FromMilliseconds(0.15);

    /// <summary>
    /// Reading ahead starts once half the reads of a round of this many were slow. A few slow reads come from
    /// files in memory too, when a collection or another process stops a worker in the middle of one.
    /// </summary>
    public const int Round = 64;

    private readonly int _count;
    private readonly Func<int, string?> _pathToRead;
    private readonly Action<string> _hint;
    private readonly AutoResetEvent _moved = new(false);
    private readonly Lock _startLock = new();
    private volatile Thread? _thread;
    private int _reads;
    private int _slowReads;
    private volatile int _position;
    private volatile bool _stopped;

    /// <param name="count">How many files the workers take, by index in the order they take them.</param>
    /// <param name="pathToRead">The path of the file at an index, or null when it will not be read (a file unchanged since the last run).</param>
    /// <param name="hint">Asks for one file to be read ahead; <see cref="ArticleFile.ReadAhead"/> unless a test says otherwise.</param>
    public FileReadAhead(int count, Func<int, string?> pathToRead, Action<string>? hint = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _count = count;
        _pathToRead = pathToRead ?? throw new ArgumentNullException(nameof(pathToRead));
        _hint = hint ?? ArticleFile.ReadAhead;
    }

    /// <summary>Whether reading ahead has started.</summary>
    public bool Started => _thread is not null;

    /// <summary>The workers have taken the files before <paramref name="index"/>.</summary>
    public void Reached(int index)
    {
        _position = index;
        if (_thread is not null)
        {
            _moved.Set();
        }
    }

    /// <summary>A worker read a file in <paramref name="elapsed"/>.</summary>
    public void Took(TimeSpan elapsed)
    {
        if (_thread is not null)
        {
            return;
        }

        // Counted without a lock: a round that two workers end at once only starts a little late.
        var slow = elapsed >= SlowRead ? Interlocked.Increment(ref _slowReads) : Volatile.Read(ref _slowReads);
        if (Interlocked.Increment(ref _reads) < Round)
        {
            return;
        }

        Volatile.Write(ref _reads, 0);
        Volatile.Write(ref _slowReads, 0);
        if (slow >= Round / 2)
        {
            Begin();
        }
    }

    private void Begin()
    {
        lock (_startLock)
        {
            if (_thread is null && !_stopped)
            {
                _thread = new Thread(Run) { IsBackground = true, Name = "QaBot read-ahead" };
                _thread.Start();
            }
        }
    }

    public void Dispose()
    {
        lock (_startLock)
        {
            _stopped = true;
        }

        _moved.Set();
        _thread?.Join();
        _moved.Dispose();
    }

    private void Run()
    {
        var next = 0;
        while (!_stopped)
        {
            var position = _position;
            next = Math.Max(next, position);
            var end = Math.Min(_count, position + Window);
            for (; next < end && !_stopped; next++)
            {
                if (_pathToRead(next) is { } path)
                {
                    _hint(path);
                }
            }

            if (next >= _count)
            {
                return;
            }

            _moved.WaitOne();
        }
    }
}
