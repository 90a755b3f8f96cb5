using Lucene.Net.Index;
using QaBot.Core.Indexing;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Search;

/// <summary>Reads passage records back from their stored field.</summary>
internal static class PassageRecords
{
    /// <summary>The record of passage <paramref name="doc"/> (a top-level document id), or null for a document that is not a passage.</summary>
    public static PassageRecord? Read(IndexReader reader, int doc) => PassageRecord.Decode(BinaryValues.Read(reader, S.Record, doc));
}
