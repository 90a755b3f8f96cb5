using Lucene.Net.Index;

namespace QaBot.Core.Indexing;

/// <summary>
/// An article's near-duplicate group (0 when it stands alone) and whether it is the group's canonical
/// member, as the one numeric doc value each of its documents holds: one value to add, update and read
/// instead of two. Encoded so that 0, what a new document starts with, is "alone and canonical".
/// </summary>
public readonly record struct GroupValue(long Group, bool Canonical)
{
    public static GroupValue Alone => new(0, true);

    public long Encoded => (Group << 1) | (Canonical ? 0L : 1L);

    public static GroupValue Decode(long value) => new(value >> 1, (value & 1) == 0);

    /// <summary>The value of top-level document <paramref name="doc"/>; <see cref="Alone"/> in an index without the field.</summary>
    public static GroupValue Read(NumericDocValues? values, int doc) => values is null ? Alone : Decode(values.Get(doc));
}
