using Lucene.Net.Index;
using Lucene.Net.Util;
using QaBot.Core.Indexing;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Search;

/// <summary>Reads passage records back: from binary doc values, or from the stored field of a record too large for them.</summary>
internal static class PassageRecords
{
    private static readonly HashSet<string> RecordField = [S.Record];

    /// <summary>The record of passage <paramref name="doc"/> (a top-level document id), or null for a document that is not a passage.</summary>
    public static PassageRecord? Read(IndexReader reader, int doc)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(S.Record);
        var bytes = new BytesRef();
        values?.Get(doc - leaf.DocBase, bytes);
        if (bytes.Length == 0)
        {
            bytes = reader.Document(doc, RecordField).GetBinaryValue(S.Record) ?? bytes;
        }

        return PassageRecord.Decode(bytes);
    }
}
