using System.Text;
using Lucene.Net.Util;

namespace QaBot.Core.Indexing;

/// <summary>
/// What an incremental run needs of an article, in binary doc values on its article document: reading it
/// for every article takes a seek each, where stored fields decompressed a 16 KB block per article
/// (5 of the 8 seconds an unchanged run over 100,000 articles took).
/// </summary>
internal static class ManifestRecord
{
    public static byte[] Encode(IndexedArticle indexed)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(indexed.Article.File);
            writer.Write(indexed.Stamp.Hash);
            writer.Write(indexed.Stamp.Size);
            writer.Write(indexed.Stamp.ModifiedTicks);
            writer.Write(indexed.NoisePerThousandWords);
            writer.Write(indexed.MetadataFields);
            writer.Write(indexed.Passages.Count);
        }

        return stream.ToArray();
    }

    /// <summary>The entry of the article document <paramref name="docId"/>, or null when the bytes hold none.</summary>
    public static ManifestEntry? Decode(BytesRef bytes, int docId, long group, bool canonical)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return null;
        }

        using var reader = new BinaryReader(new MemoryStream(bytes.Bytes, bytes.Offset, bytes.Length), Encoding.UTF8);
        var file = reader.ReadString();
        var stamp = new FileStamp(reader.ReadString(), reader.ReadInt64(), reader.ReadInt64());
        return new ManifestEntry(file, stamp, docId, reader.ReadDouble(), reader.ReadInt32(), reader.ReadInt32(), group, canonical);
    }
}
