using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace QaBot.Core.Indexing;

/// <summary>
/// One document's binary value: in binary doc values (one seek to read), or, when too large for them, in
/// a stored field of the same name. Read by top-level document id, from the segment that holds it.
/// </summary>
internal static class BinaryValues
{
    /// <summary>Binary doc values hold at most this many bytes; a longer value is kept as a stored field.</summary>
    public const int MaxDocValueBytes = 32766;

    /// <summary>Adds <paramref name="value"/> to <paramref name="doc"/> as doc values, or as a stored field when too large for them.</summary>
    public static void Add(Document doc, string field, BytesRef value)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= MaxDocValueBytes)
        {
            doc.Add(new BinaryDocValuesField(field, value));
        }
        else
        {
            doc.Add(new StoredField(field, value));
        }
    }

    /// <summary>
    /// The doc value of <paramref name="field"/> for <paramref name="doc"/>; empty when it has none. A caller
    /// reading many values passes one <paramref name="into"/> for all: each read then reuses its array
    /// instead of allocating one (a run over a million articles reads a gigabyte of records).
    /// </summary>
    public static BytesRef Read(IndexReader reader, string field, int doc, BytesRef? into = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var bytes = into ?? new BytesRef();
        bytes.Length = 0;
        leaf.AtomicReader.GetBinaryDocValues(field)?.Get(doc - leaf.DocBase, bytes);
        return bytes;
    }

    /// <summary>The value <see cref="Add"/> wrote: the doc value, else the stored field; empty when there is neither.</summary>
    public static BytesRef ReadAdded(IndexReader reader, string field, int doc, BytesRef? into = null)
    {
        var bytes = Read(reader, field, doc, into);
        return bytes.Length > 0 ? bytes : reader.Document(doc, new HashSet<string> { field }).GetBinaryValue(field) ?? bytes;
    }
}
