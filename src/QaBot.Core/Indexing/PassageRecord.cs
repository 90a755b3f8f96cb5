using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Lucene.Net.Util;
using QaBot.Core.Answers;
using QaBot.Core.Passages;
using QaBot.Core.Text;

namespace QaBot.Core.Indexing;

/// <summary>
/// What an answer shows of a passage and what re-ranking reads of it, in one compact record kept in
/// binary doc values: any candidate's text, sentence spans, source and the terms of each sentence are
/// one seek away, where stored fields or term vectors would decompress a 16 KB block per candidate and
/// postings would be sought term by term.
/// </summary>
/// <param name="Passage">The passage (its lead-in sentence is kept only as terms).</param>
/// <param name="Source">Where it came from.</param>
/// <param name="SentenceTerms">The terms of each sentence.</param>
/// <param name="LeadIn">The terms of the sentence before the passage.</param>
/// <param name="Title">The terms of the article's title.</param>
/// <param name="Context">The terms of the context field (lead-in, sub-heading, the article's lead).</param>
public sealed record PassageRecord(Passage Passage, SourceInfo Source, IReadOnlyList<TermCounts> SentenceTerms, TermCounts LeadIn, TermCounts Title, TermCounts Context)
{
    private const byte FormatVersion = 2;

    /// <summary>Binary doc values hold at most this many bytes; a longer record is kept as a stored field.</summary>
    public const int MaxDocValueBytes = 32766;

    public byte[] Encode()
    {
        var buffer = new ArrayBufferWriter<byte>(256 + (Passage.Text.Length * 2));
        buffer.GetSpan(1)[0] = FormatVersion;
        buffer.Advance(1);
        WriteNumber(buffer, Passage.Ordinal);
        WriteText(buffer, Passage.Text);
        WriteNumber(buffer, Passage.Sentences.Count);
        for (var i = 0; i < Passage.Sentences.Count; i++)
        {
            WriteNumber(buffer, Passage.Sentences[i].Start);
            WriteNumber(buffer, Passage.Sentences[i].Length);
            WriteTerms(buffer, i < SentenceTerms.Count ? SentenceTerms[i] : TermCounts.Empty);
        }

        WriteTerms(buffer, LeadIn);
        WriteTerms(buffer, Title);
        WriteTerms(buffer, Context);
        WriteOptional(buffer, Passage.Section);
        WriteText(buffer, Source.File);
        WriteText(buffer, Source.Title);
        WriteOptional(buffer, Source.Publisher);
        WriteOptional(buffer, Source.Published);
        WriteOptional(buffer, Source.Url);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a record written by <see cref="Encode"/>; null when the bytes are not one (an empty value, another version).</summary>
    public static PassageRecord? Decode(BytesRef bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0 || bytes.Bytes[bytes.Offset] != FormatVersion)
        {
            return null;
        }

        var reader = new RecordReader(bytes.Bytes.AsSpan(bytes.Offset + 1, bytes.Length - 1));
        var ordinal = reader.Number();
        var text = reader.Text();
        var count = reader.Number();
        var spans = new TextSpan[count];
        var sentenceTerms = new TermCounts[count];
        for (var i = 0; i < count; i++)
        {
            spans[i] = new TextSpan(reader.Number(), reader.Number());
            sentenceTerms[i] = reader.Terms();
        }

        var (leadIn, title, context) = (reader.Terms(), reader.Terms(), reader.Terms());
        var section = reader.Optional();
        var source = new SourceInfo(reader.Text(), reader.Text(), reader.Optional(), reader.Optional(), reader.Optional());
        return new PassageRecord(new Passage(ordinal, section, text, spans), source, sentenceTerms, leadIn, title, context);
    }

    private static void WriteNumber(ArrayBufferWriter<byte> buffer, int value)
    {
        var span = buffer.GetSpan(5);
        var length = 0;
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            span[length++] = (byte)(rest | 0x80);
            rest >>= 7;
        }

        span[length++] = (byte)rest;
        buffer.Advance(length);
    }

    private static void WriteTerms(ArrayBufferWriter<byte> buffer, TermCounts terms)
    {
        WriteNumber(buffer, terms.Hashes.Length);
        var span = buffer.GetSpan(terms.Hashes.Length * 5);
        for (var i = 0; i < terms.Hashes.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(i * 4)..], terms.Hashes[i]);
        }

        terms.Counts.CopyTo(span[(terms.Hashes.Length * 4)..]);
        buffer.Advance(terms.Hashes.Length * 5);
    }

    private static void WriteText(ArrayBufferWriter<byte> buffer, string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        WriteNumber(buffer, length);
        buffer.Advance(Encoding.UTF8.GetBytes(text, buffer.GetSpan(length)));
    }

    // An absent value is 0; a present one its byte length plus one.
    private static void WriteOptional(ArrayBufferWriter<byte> buffer, string? text)
    {
        if (text is null)
        {
            WriteNumber(buffer, 0);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(text);
        WriteNumber(buffer, length + 1);
        buffer.Advance(Encoding.UTF8.GetBytes(text, buffer.GetSpan(length)));
    }

    private ref struct RecordReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

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

        public TermCounts Terms()
        {
            var count = Number();
            if (count == 0)
            {
                return TermCounts.Empty;
            }

            var hashes = new uint[count];
            for (var i = 0; i < count; i++)
            {
                hashes[i] = BinaryPrimitives.ReadUInt32LittleEndian(_bytes[(_at + (i * 4))..]);
            }

            var counts = _bytes.Slice(_at + (count * 4), count).ToArray();
            _at += count * 5;
            return new TermCounts(hashes, counts);
        }

        public string? Optional()
        {
            var length = Number();
            return length == 0 ? null : Take(length - 1);
        }

        private string Take(int length)
        {
            var text = Encoding.UTF8.GetString(_bytes.Slice(_at, length));
            _at += length;
            return text;
        }
    }
}
