using Lucene.Net.Util;
using QaBot.Core.Answers;
using QaBot.Core.Corpus;

namespace QaBot.Core.Indexing;

/// <summary>
/// Everything the index keeps of an article as a whole, in one record on its first document: the file
/// and its stamp, noise, metadata and passage counts (what an incremental run compares), the MinHash
/// signature (what regrouping reads), and the source and cleaned blocks (what "show the source" shows).
/// In that order, so each reader decodes only the part it needs. Kept in binary doc values, not stored
/// fields: compressing stored text cost about a twentieth of a rebuild's processor time, three values
/// instead of one cost each document more, and articles are read one at a time.
/// </summary>
internal static class ArticleRecord
{
    private const byte FormatVersion = 1;

    public static BytesRef Encode(IndexedArticle indexed, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(indexed);
        ArgumentNullException.ThrowIfNull(source);
        var blocks = indexed.Article.Blocks;
        var textLength = 0;
        foreach (var block in blocks)
        {
            textLength += 2 + (block.Text.Length * 2);
        }

        var writer = new RecordWriter(256 + (indexed.Signature.Length * 4) + textLength);
        writer.Byte(FormatVersion);
        writer.Text(source.File);
        writer.Text(indexed.Stamp.Hash);
        writer.Int64(indexed.Stamp.Size);
        writer.Int64(indexed.Stamp.ModifiedTicks);
        writer.Double(indexed.NoisePerThousandWords);
        writer.Number(indexed.MetadataFields);
        writer.Number(indexed.Passages.Count);
        writer.UInt32s(indexed.Signature);
        writer.Text(source.Title);
        writer.Optional(source.Publisher);
        writer.Optional(source.Published);
        writer.Optional(source.Url);
        writer.Number(blocks.Count);
        foreach (var block in blocks)
        {
            writer.Byte(block.Kind == BlockKind.Heading ? (byte)1 : (byte)0);
            writer.Text(block.Text);
        }

        return writer.ToBytesRef();
    }

    /// <summary>What an incremental run needs of the article document <paramref name="docId"/>; null when the bytes are not a record.</summary>
    public static ManifestEntry? ReadEntry(BytesRef bytes, int docId, GroupValue group)
    {
        if (!TryOpen(bytes, out var reader))
        {
            return null;
        }

        var file = reader.Text();
        var stamp = new FileStamp(reader.Text(), reader.Int64(), reader.Int64());
        return new ManifestEntry(file, stamp, docId, reader.Double(), reader.Number(), reader.Number(), group.Group, group.Canonical);
    }

    /// <summary>The article's MinHash signature; empty when the bytes are not a record.</summary>
    public static uint[] ReadSignature(BytesRef bytes)
    {
        if (!TryOpen(bytes, out var reader))
        {
            return [];
        }

        SkipToSignature(ref reader);
        return reader.UInt32s();
    }

    /// <summary>The article's source, without its text; null when the bytes are not a record.</summary>
    public static SourceInfo? ReadSource(BytesRef bytes) => TryOpen(bytes, out var reader) ? ReadSource(ref reader) : null;

    /// <summary>The article's source and cleaned blocks; null when the bytes are not a record.</summary>
    public static (SourceInfo Source, IReadOnlyList<ArticleBlock> Blocks)? ReadArticle(BytesRef bytes)
    {
        if (!TryOpen(bytes, out var reader))
        {
            return null;
        }

        var source = ReadSource(ref reader);
        var blocks = new ArticleBlock[reader.Number()];
        for (var i = 0; i < blocks.Length; i++)
        {
            var kind = reader.Byte() == 1 ? BlockKind.Heading : BlockKind.Paragraph;
            blocks[i] = new ArticleBlock(kind, reader.Text());
        }

        return (source, blocks);
    }

    private static SourceInfo ReadSource(ref RecordReader reader)
    {
        var file = SkipToSignature(ref reader);
        reader.SkipUInt32s();
        return new SourceInfo(file, reader.Text(), reader.Optional(), reader.Optional(), reader.Optional());
    }

    /// <summary>Reads the file and passes over the rest of what an incremental run needs; returns the file.</summary>
    private static string SkipToSignature(ref RecordReader reader)
    {
        var file = reader.Text();
        reader.SkipText();
        reader.Int64();
        reader.Int64();
        reader.Double();
        reader.Number();
        reader.Number();
        return file;
    }

    private static bool TryOpen(BytesRef bytes, out RecordReader reader)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var ok = bytes.Length > 0 && bytes.Bytes[bytes.Offset] == FormatVersion;
        reader = ok ? new RecordReader(bytes.Bytes.AsSpan(bytes.Offset + 1, bytes.Length - 1)) : default;
        return ok;
    }
}
