using Lucene.Net.Index;
using Lucene.Net.Util;

namespace QaBot.Core.Indexing;

/// <summary>Reads one document's binary doc value by its top-level id, from the segment that holds it.</summary>
internal static class BinaryValues
{
    /// <summary>The value of <paramref name="field"/> for <paramref name="doc"/>; empty when it has none.</summary>
    public static BytesRef Read(IndexReader reader, string field, int doc)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var bytes = new BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(field)?.Get(doc - leaf.DocBase, bytes);
        return bytes;
    }
}
