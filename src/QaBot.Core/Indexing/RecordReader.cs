using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
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

    /// <summary>A list written by <see cref="RecordWriter.Integers"/>.</summary>
    public T[] Integers<T>()
        where T : unmanaged, IUnsignedNumber<T>, IBinaryInteger<T>
    {
        var values = new T[Number()];
        var size = Unsafe.SizeOf<T>();
        for (var i = 0; i < values.Length; i++)
        {
            T.TryReadLittleEndian(_bytes.Slice(_at + (i * size), size), isUnsigned: true, out values[i]);
        }

        _at += values.Length * size;
        return values;
    }

    /// <summary>Passes over a list written by <see cref="RecordWriter.Integers"/> without reading it.</summary>
    public void SkipIntegers<T>()
        where T : unmanaged, IUnsignedNumber<T>, IBinaryInteger<T>
    {
        var count = Number();
        _at += count * Unsafe.SizeOf<T>();
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
        var hashes = Integers<uint>();
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
