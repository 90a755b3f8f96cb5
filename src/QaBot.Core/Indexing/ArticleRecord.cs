using Lucene.Net.Util;
using QaBot.Core.Answers;
using QaBot.Core.Corpus;

namespace QaBot.Core.Indexing;

/// <summary>
/// What "show the source" shows of an article, its source and cleaned blocks, in one record on the
/// article's first document. Kept in binary doc values rather than stored fields: compressing the stored
/// text cost about a twentieth of a rebuild's processor time, and an article is read one at a time.
/// </summary>
/// <param name="Source">Where the article came from.</param>
/// <param name="Blocks">Its cleaned paragraphs and sub-headings, in order.</param>
public sealed record ArticleRecord(SourceInfo Source, IReadOnlyList<ArticleBlock> Blocks)
{
    private const byte FormatVersion = 1;

    public byte[] Encode()
    {
        var writer = new RecordWriter(64 + Blocks.Sum(b => 2 + (b.Text.Length * 2)));
        writer.Byte(FormatVersion);
        SourceCodec.Write(writer, Source);
        writer.Number(Blocks.Count);
        foreach (var block in Blocks)
        {
            writer.Byte(block.Kind == BlockKind.Heading ? (byte)1 : (byte)0);
            writer.Text(block.Text);
        }

        return writer.ToArray();
    }

    /// <summary>Reads a record written by <see cref="Encode"/>; null when the bytes are not one.</summary>
    public static ArticleRecord? Decode(BytesRef bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!IsRecord(bytes))
        {
            return null;
        }

        var reader = new RecordReader(bytes.Bytes.AsSpan(bytes.Offset + 1, bytes.Length - 1));
        var source = SourceCodec.Read(ref reader);
        var blocks = new ArticleBlock[reader.Number()];
        for (var i = 0; i < blocks.Length; i++)
        {
            var kind = reader.Byte() == 1 ? BlockKind.Heading : BlockKind.Paragraph;
            blocks[i] = new ArticleBlock(kind, reader.Text());
        }

        return new ArticleRecord(source, blocks);
    }

    /// <summary>The source alone, without decoding the text; null when the bytes are not a record.</summary>
    public static SourceInfo? DecodeSource(BytesRef bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!IsRecord(bytes))
        {
            return null;
        }

        var reader = new RecordReader(bytes.Bytes.AsSpan(bytes.Offset + 1, bytes.Length - 1));
        return SourceCodec.Read(ref reader);
    }

    private static bool IsRecord(BytesRef bytes) => bytes.Length > 0 && bytes.Bytes[bytes.Offset] == FormatVersion;
}
