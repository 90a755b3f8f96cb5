using Lucene.Net.Index;
using Lucene.Net.Search;
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
            var entry = ArticleRecord.ReadEntry(ArticleRecord.Read(reader, docId), docId, GroupValue.Read(groups, docId));
            if (entry is not null)
            {
                entries[entry.File] = entry;
            }
        }

        return new IndexManifest(reader, entries);
    }

    /// <summary>The entry's MinHash signature.</summary>
    public ushort[] Signature(ManifestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_reader is null)
        {
            return [];
        }

        return ArticleRecord.ReadSignature(ArticleRecord.Read(_reader, entry.DocId));
    }
}
