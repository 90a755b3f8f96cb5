using Lucene.Net.Index;
using Lucene.Net.Util;
using QaBot.Core.Answers;
using QaBot.Core.Corpus;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Indexing;

/// <summary>
/// Everything the index keeps of an article as a whole, in one record on its first document: the file's
/// stamp, noise, metadata and passage counts (what an incremental run compares), the MinHash signature
/// (what regrouping reads), then the source, which begins with the file, and the cleaned blocks (what
/// "show the source" shows). In that order, so each reader decodes only the part it needs. Kept
/// uncompressed (<see cref="IndexCodec"/>): compressing stored text cost about a twentieth of a rebuild's
/// processor time, and articles are read one at a time. It follows the first passage's record in that
/// passage's value (<see cref="PassageRecord.EncodeWithArticle"/>), or, for an article without passages, has
/// a value of its own.
/// </summary>
internal static class ArticleRecord
{
    private const byte FormatVersion = 3;

    public static BytesRef Encode(IndexedArticle indexed, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(indexed);
        ArgumentNullException.ThrowIfNull(source);
        var writer = new RecordWriter(Capacity(indexed));
        Write(writer, indexed, source);
        return writer.ToBytesRef();
    }

    /// <summary>About how many bytes <see cref="Encode"/> writes for <paramref name="indexed"/>: enough for most.</summary>
    internal static int Capacity(IndexedArticle indexed)
    {
        var textLength = 0;
        foreach (var block in indexed.Article.Blocks)
        {
            textLength += 2 + (block.Text.Length * 2);
        }

        return 256 + (indexed.Signature.Length * 2) + textLength;
    }

    /// <summary>Writes the record <see cref="Encode"/> returns at the writer's end.</summary>
    internal static void Write(RecordWriter writer, IndexedArticle indexed, SourceInfo source)
    {
        var blocks = indexed.Article.Blocks;
        writer.Byte(FormatVersion);
        writer.Text(indexed.Stamp.Hash);
        writer.Int64(indexed.Stamp.Size);
        writer.Int64(indexed.Stamp.ModifiedTicks);
        writer.Double(indexed.NoisePerThousandWords);
        writer.Number(indexed.MetadataFields);
        writer.Number(indexed.Passages.Count);
        writer.Integers<ushort>(indexed.Signature);
        SourceCodec.Write(writer, source);
        writer.Number(blocks.Count);
        foreach (var block in blocks)
        {
            writer.Byte(block.Kind == BlockKind.Heading ? (byte)1 : (byte)0);
            writer.Text(block.Text);
        }
    }

    /// <summary>
    /// The article record of article document <paramref name="doc"/> (a top-level id): the part of its
    /// passage record after the passage, else its own value; empty when it has none.
    /// </summary>
    public static BytesRef Read(IndexReader reader, int doc)
    {
        var record = BinaryValues.Read(reader, S.Record, doc);
        return PassageRecord.ArticlePart(record) ?? (record.Length > 0 ? new BytesRef() : BinaryValues.Read(reader, S.Article, doc));
    }

    /// <summary>What an incremental run needs of the article document <paramref name="docId"/>; null when the bytes are not a record.</summary>
    public static ManifestEntry? ReadEntry(BytesRef bytes, int docId, GroupValue group)
    {
        if (!TryOpen(bytes, out var reader))
        {
            return null;
        }

        var stamp = new FileStamp(reader.Text(), reader.Int64(), reader.Int64());
        var (noise, metadataFields, passages) = (reader.Double(), reader.Number(), reader.Number());
        reader.SkipIntegers<ushort>();
        return new ManifestEntry(SourceCodec.ReadFile(ref reader), stamp, docId, noise, metadataFields, passages, group.Group, group.Canonical);
    }

    /// <summary>The article's MinHash signature; empty when the bytes are not a record.</summary>
    public static ushort[] ReadSignature(BytesRef bytes)
    {
        if (!TryOpen(bytes, out var reader))
        {
            return [];
        }

        SkipToSignature(ref reader);
        return reader.Integers<ushort>();
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
        SkipToSignature(ref reader);
        reader.SkipIntegers<ushort>();
        return SourceCodec.Read(ref reader);
    }

    /// <summary>Passes over what an incremental run needs, to the signature.</summary>
    private static void SkipToSignature(ref RecordReader reader)
    {
        reader.SkipText();
        reader.Int64();
        reader.Int64();
        reader.Double();
        reader.Number();
        reader.Number();
    }

    private static bool TryOpen(BytesRef bytes, out RecordReader reader)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var ok = bytes.Length > 0 && bytes.Bytes[bytes.Offset] == FormatVersion;
        reader = ok ? new RecordReader(bytes.Bytes.AsSpan(bytes.Offset + 1, bytes.Length - 1)) : default;
        return ok;
    }
}
