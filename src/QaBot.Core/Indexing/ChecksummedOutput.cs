using System.IO.Hashing;
using Lucene.Net.Store;

namespace QaBot.Core.Indexing;

/// <summary>
/// A file the indexer writes, with the CRC-32 Lucene keeps in every file's footer computed by the
/// platform's vectorised <see cref="Crc32"/> instead of Lucene.Net's table-driven one, which cost 1.5-2%
/// of a rebuild's processor time (an index of a million passages writes 1.8 GB). The same CRC-32 (that
/// of zip), so readers and checks verify these files as any other. Like Lucene.Net's own file output it
/// flushes the file to disk when it is closed.
/// </summary>
internal sealed class ChecksummedOutput : IndexOutput
{
    private const int BufferSize = 16384;

    private readonly FileStream _file;
    private readonly Crc32 _checksum = new();
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _buffered;
    private long _flushed;
    private bool _disposed;

    public ChecksummedOutput(string path) =>
        _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 1);

    public override long Position => _flushed + _buffered;

    public override long Checksum
    {
        get
        {
            Flush();
            return _checksum.GetCurrentHashAsUInt32();
        }
    }

    public override long Length
    {
        get
        {
            Flush();
            return _file.Length;
        }
    }

    public override void WriteByte(byte b)
    {
        if (_buffered == BufferSize)
        {
            Flush();
        }

        _buffer[_buffered++] = b;
    }

    public override void WriteBytes(byte[] b, int offset, int length)
    {
        ArgumentNullException.ThrowIfNull(b);
        var bytes = b.AsSpan(offset, length);
        if (bytes.Length <= BufferSize - _buffered)
        {
            bytes.CopyTo(_buffer.AsSpan(_buffered));
            _buffered += bytes.Length;
            return;
        }

        Flush();
        if (bytes.Length < BufferSize)
        {
            bytes.CopyTo(_buffer);
            _buffered = bytes.Length;
            return;
        }

        Write(bytes);
    }

    public override void Flush()
    {
        if (_buffered > 0)
        {
            Write(_buffer.AsSpan(0, _buffered));
            _buffered = 0;
        }
    }

    [Obsolete("Lucene deprecates seeking in an output; none of the formats the index uses does it.")]
    public override void Seek(long pos)
    {
        Flush();
        _file.Seek(pos, SeekOrigin.Begin);
        _flushed = pos;
    }

    protected override void Dispose(bool disposing)
    {
        if (_disposed || !disposing)
        {
            return;
        }

        _disposed = true;
        try
        {
            Flush();
            _file.Flush(flushToDisk: true);
        }
        finally
        {
            _file.Dispose();
        }
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _checksum.Append(bytes);
        _file.Write(bytes);
        _flushed += bytes.Length;
    }
}
