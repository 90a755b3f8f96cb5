using System.Buffers.Binary;
using System.Text;

namespace QaBot.Core.Indexing;

/// <summary>Reads what <see cref="RecordWriter"/> wrote, in the same order.</summary>
internal ref struct RecordReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _at;

    public byte Byte() => _bytes[_at++];

    public long Int64()
    {
        var value = BinaryPrimitives.ReadInt64LittleEndian(_bytes[_at..]);
        _at += 8;
        return value;
    }

    public double Double() => BitConverter.Int64BitsToDouble(Int64());

    public uint[] UInt32s()
    {
        var values = new uint[Number()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(_bytes[(_at + (i * 4))..]);
        }

        _at += values.Length * 4;
        return values;
    }

    public ushort[] UInt16s()
    {
        var values = new ushort[Number()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt16LittleEndian(_bytes[(_at + (i * 2))..]);
        }

        _at += values.Length * 2;
        return values;
    }

    /// <summary>Passes over a list written by <see cref="RecordWriter.UInt16s"/> without reading it.</summary>
    public void SkipUInt16s()
    {
        var count = Number();
        _at += count * 2;
    }

    /// <summary>Passes over a list written by <see cref="RecordWriter.UInt32s"/> without reading it.</summary>
    public void SkipUInt32s()
    {
        var count = Number();
        _at += count * 4;
    }

    public int Number()
    {
        var value = 0u;
        var shift = 0;
        byte b;
        do
        {
            b = _bytes[_at++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        return (int)value;
    }

    public string Text() => Take(Number());

    public void SkipText()
    {
        // The length first: "_at += Number()" would add it to the position before the length was read.
        var length = Number();
        _at += length;
    }

    public string? Optional()
    {
        var length = Number();
        return length == 0 ? null : Take(length - 1);
    }

    public TermCounts Terms()
    {
        var hashes = UInt32s();
        if (hashes.Length == 0)
        {
            return TermCounts.Empty;
        }

        var counts = _bytes.Slice(_at, hashes.Length).ToArray();
        _at += hashes.Length;
        return new TermCounts(hashes, counts);
    }

    private string Take(int length)
    {
        var text = Encoding.UTF8.GetString(_bytes.Slice(_at, length));
        _at += length;
        return text;
    }
}
