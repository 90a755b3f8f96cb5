using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace QaBot.Core.Indexing;

/// <summary>
/// One document's binary value, kept as a stored field (uncompressed, see <see cref="IndexCodec"/>) and read
/// by top-level document id with one visit of that document.
/// </summary>
internal static class BinaryValues
{
    public static void Add(Document doc, string field, BytesRef value)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(value);
        doc.Add(new StoredField(field, value));
    }

    /// <summary>The value of <paramref name="field"/> for <paramref name="doc"/>; empty when it has none.</summary>
    public static BytesRef Read(IndexReader reader, string field, int doc)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var visitor = new OneField(field);
        reader.Document(doc, visitor);
        return visitor.Value is { } value ? new BytesRef(value) : new BytesRef();
    }

    /// <summary>Reads the first value of one field and stops there.</summary>
    private sealed class OneField(string field) : StoredFieldVisitor
    {
        public byte[]? Value { get; private set; }

        public override Status NeedsField(FieldInfo fieldInfo) =>
            Value is not null ? Status.STOP : fieldInfo.Name == field ? Status.YES : Status.NO;

        public override void BinaryField(FieldInfo fieldInfo, byte[] value) => Value = value;
    }
}
