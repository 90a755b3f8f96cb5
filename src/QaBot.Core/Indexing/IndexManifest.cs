using Lucene.Net.Index;
using Lucene.Net.Search;
using QaBot.Core.Duplicates;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Indexing;

/// <summary>The articles of the last commit, read from their article documents.</summary>
internal sealed class IndexManifest
{
    private readonly IndexReader? _reader;

    private IndexManifest(IndexReader? reader, Dictionary<string, ManifestEntry> entries)
    {
        _reader = reader;
        Entries = entries;
    }

    public IReadOnlyDictionary<string, ManifestEntry> Entries { get; }

    public static IndexManifest Empty { get; } = new(null, new Dictionary<string, ManifestEntry>(StringComparer.Ordinal));

    /// <summary>Reads the manifest; the reader stays open for <see cref="Signature"/> and must be disposed by the caller.</summary>
    public static IndexManifest Read(DirectoryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var groups = MultiDocValues.GetNumericValues(reader, S.Group);
        var searcher = new IndexSearcher(reader);
        var collector = new DocIdCollector();
        searcher.Search(new TermQuery(new Term(S.Kind, S.ArticleKind)), collector);
        foreach (var docId in collector.DocIds)
        {
            var group = GroupValue.Read(groups, docId);
            var entry = ManifestRecord.Decode(BinaryValues.Read(reader, S.Manifest, docId), docId, group.Group, group.Canonical);
            if (entry is not null)
            {
                entries[entry.File] = entry;
            }
        }

        return new IndexManifest(reader, entries);
    }

    public uint[] Signature(ManifestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_reader is null)
        {
            return [];
        }

        var bytes = BinaryValues.Read(_reader, S.Signature, entry.DocId);
        return MinHasher.FromBytes(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
    }
}
