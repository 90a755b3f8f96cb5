using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Lucene.Net.Util;

namespace QaBot.Core.Indexing;

/// <summary>
/// Writes the compact records kept in binary doc values: numbers as 7-bit varints (a reserved 32-bit number
/// little-endian), text as its UTF-8 byte length and bytes, an optional text as 0 or its length plus one, term
/// counts as hashes then counts, 64-bit values and lists of 16- and 32-bit values little-endian (a list after
/// its length).
/// <see cref="RecordReader"/> reads them back.
/// </summary>
internal sealed class RecordWriter(int capacity)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(capacity);

    public void Byte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    public void Int64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    public void Double(double value) => Int64(BitConverter.DoubleToInt64Bits(value));

    /// <summary>A list of unsigned integers (the signature's 16-bit values, term hashes' 32-bit ones) after its length.</summary>
    public void Integers<T>(ReadOnlySpan<T> values)
        where T : unmanaged, IUnsignedNumber<T>, IBinaryInteger<T>
    {
        Number(values.Length);
        var size = Unsafe.SizeOf<T>();
        var span = _buffer.GetSpan(values.Length * size);
        for (var i = 0; i < values.Length; i++)
        {
            // The Try form: each integer type implements it, where WriteLittleEndian is the interface's default and boxes.
            values[i].TryWriteLittleEndian(span[(i * size)..], out _);
        }

        _buffer.Advance(values.Length * size);
    }

    /// <summary>How many bytes have been written.</summary>
    public int Length => _buffer.WrittenCount;

    /// <summary>Reserves four bytes, to be set later with <see cref="SetInt32"/>; returns where they are.</summary>
    public int ReserveInt32()
    {
        var at = _buffer.WrittenCount;
        _buffer.GetSpan(4)[..4].Clear();
        _buffer.Advance(4);
        return at;
    }

    /// <summary>Sets the four bytes reserved at <paramref name="at"/> to <paramref name="value"/>, little-endian.</summary>
    public void SetInt32(int at, int value) =>
        BinaryPrimitives.WriteInt32LittleEndian(MemoryMarshal.AsMemory(_buffer.WrittenMemory).Span[at..], value);

    public void Number(int value)
    {
        var span = _buffer.GetSpan(5);
        var length = 0;
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            span[length++] = (byte)(rest | 0x80);
            rest >>= 7;
        }

        span[length++] = (byte)rest;
        _buffer.Advance(length);
    }

    public void Text(string text) => Utf8(text, lengthBias: 0);

    public void Optional(string? text)
    {
        if (text is null)
        {
            Number(0);
            return;
        }

        Utf8(text, lengthBias: 1);
    }

    /// <summary>The hashes as a list of 32-bit values, then one count byte per hash.</summary>
    public void Terms(TermCounts terms)
    {
        Integers<uint>(terms.Hashes);
        terms.Counts.CopyTo(_buffer.GetSpan(terms.Counts.Length));
        _buffer.Advance(terms.Counts.Length);
    }

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    /// <summary>What was written, without a copy: the writer must not be written to afterwards.</summary>
    public BytesRef ToBytesRef() =>
        MemoryMarshal.TryGetArray<byte>(_buffer.WrittenMemory, out var written)
            ? new BytesRef(written.Array, written.Offset, written.Count)
            : new BytesRef(ToArray());

    // The text's UTF-8 bytes after their length plus the bias (an optional text's 0 means none).
    private void Utf8(string text, int lengthBias)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        Number(length + lengthBias);
        _buffer.Advance(Encoding.UTF8.GetBytes(text, _buffer.GetSpan(length)));
    }
}
