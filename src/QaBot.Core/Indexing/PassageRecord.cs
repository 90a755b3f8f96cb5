using System.Buffers.Binary;
using Lucene.Net.Util;
using QaBot.Core.Answers;
using QaBot.Core.Passages;
using QaBot.Core.Text;

namespace QaBot.Core.Indexing;

/// <summary>
/// What an answer shows of a passage and what re-ranking reads of it, in one compact record kept as an
/// uncompressed stored field (<see cref="IndexCodec"/>): any candidate's text, sentence spans, source and the
/// terms of each sentence are one seek away, where compressed stored fields or term vectors would
/// decompress a 16 KB block per candidate and postings would be sought term by term.
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

    /// <summary>An article's first passage: the passage's record (its length, then its bytes), then the article's.</summary>
    private const byte WithArticleVersion = 3;

    private const int WithArticleHeader = 5;

    public byte[] Encode() => Write().ToArray();

    /// <summary>The bytes of <see cref="Encode"/> without their copy, for the indexer.</summary>
    internal BytesRef EncodeToBytesRef() => Write().ToBytesRef();

    /// <summary>
    /// This record followed by the record of its article (<see cref="ArticleRecord"/>), as one value for the
    /// article's first document: one value and one read for both. Both are written into one buffer, after a
    /// header of the version and this record's length.
    /// </summary>
    internal BytesRef EncodeWithArticle(IndexedArticle indexed, SourceInfo articleSource)
    {
        ArgumentNullException.ThrowIfNull(indexed);
        ArgumentNullException.ThrowIfNull(articleSource);
        var writer = new RecordWriter(Capacity() + ArticleRecord.Capacity(indexed));
        writer.Byte(WithArticleVersion);
        var lengthAt = writer.ReserveInt32();
        WriteTo(writer);
        writer.SetInt32(lengthAt, writer.Length - WithArticleHeader);
        ArticleRecord.Write(writer, indexed, articleSource);
        return writer.ToBytesRef();
    }

    private int Capacity() => 256 + (Passage.Text.Length * 2);

    private RecordWriter Write()
    {
        var writer = new RecordWriter(Capacity());
        WriteTo(writer);
        return writer;
    }

    private void WriteTo(RecordWriter writer)
    {
        writer.Byte(FormatVersion);
        writer.Number(Passage.Ordinal);
        writer.Text(Passage.Text);
        writer.Number(Passage.Sentences.Count);
        for (var i = 0; i < Passage.Sentences.Count; i++)
        {
            writer.Number(Passage.Sentences[i].Start);
            writer.Number(Passage.Sentences[i].Length);
            writer.Terms(i < SentenceTerms.Count ? SentenceTerms[i] : TermCounts.Empty);
        }

        writer.Terms(LeadIn);
        writer.Terms(Title);
        writer.Terms(Context);
        writer.Optional(Passage.Section);
        SourceCodec.Write(writer, Source);
    }

    /// <summary>The article's record in a value written by <see cref="EncodeWithArticle"/>, without a copy; null for any other value.</summary>
    internal static BytesRef? ArticlePart(BytesRef bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!IsWithArticle(bytes))
        {
            return null;
        }

        var start = WithArticleHeader + PassageLength(bytes);
        return new BytesRef(bytes.Bytes, bytes.Offset + start, bytes.Length - start);
    }

    /// <summary>Reads a record written by <see cref="Encode"/> or <see cref="EncodeWithArticle"/>; null when the bytes are not one (an empty value, another version).</summary>
    public static PassageRecord? Decode(BytesRef bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (IsWithArticle(bytes))
        {
            return Decode(new BytesRef(bytes.Bytes, bytes.Offset + WithArticleHeader, PassageLength(bytes)));
        }

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
        var source = SourceCodec.Read(ref reader);
        return new PassageRecord(new Passage(ordinal, section, text, spans), source, sentenceTerms, leadIn, title, context);
    }

    private static bool IsWithArticle(BytesRef bytes) =>
        bytes.Length >= WithArticleHeader && bytes.Bytes[bytes.Offset] == WithArticleVersion && (uint)PassageLength(bytes) <= (uint)(bytes.Length - WithArticleHeader);

    private static int PassageLength(BytesRef bytes) => BinaryPrimitives.ReadInt32LittleEndian(bytes.Bytes.AsSpan(bytes.Offset + 1, 4));
}
