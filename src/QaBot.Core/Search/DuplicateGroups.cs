using Lucene.Net.Index;
using Lucene.Net.Search;
using QaBot.Core.Indexing;
using S = QaBot.Core.Indexing.IndexSchema;

namespace QaBot.Core.Search;

/// <summary>The duplicate groups of one index reader: group id to its members.</summary>
internal sealed class DuplicateGroups
{
    private readonly Dictionary<long, List<GroupMember>> _members;

    private DuplicateGroups(IndexReader reader, Dictionary<long, List<GroupMember>> members)
    {
        Reader = reader;
        _members = members;
    }

    public IndexReader Reader { get; }

    public IReadOnlyList<GroupMember> Members(long group) =>
        _members.TryGetValue(group, out var members) ? members : [];

    /// <summary>Reads the groups from article documents; only grouped articles' sources are read.</summary>
    public static DuplicateGroups Load(IndexSearcher searcher)
    {
        var reader = searcher.IndexReader;
        var members = new Dictionary<long, List<GroupMember>>();
        var groups = MultiDocValues.GetNumericValues(reader, S.Group);
        if (groups is null)
        {
            return new DuplicateGroups(reader, members);
        }

        var collector = new DocIdCollector();
        searcher.Search(new TermQuery(new Term(S.Kind, S.ArticleKind)), collector);
        foreach (var docId in collector.DocIds)
        {
            var (group, canonical) = GroupValue.Read(groups, docId);
            if (group == 0 || ArticleRecords.ReadSource(reader, docId) is not { } source)
            {
                continue;
            }

            var member = new GroupMember(source.File, source.Title, source.Publisher, source.Published, canonical);
            if (!members.TryGetValue(group, out var list))
            {
                members[group] = list = [];
            }

            list.Add(member);
        }

        foreach (var list in members.Values)
        {
            list.Sort((a, b) => a.Canonical != b.Canonical ? (a.Canonical ? -1 : 1) : string.CompareOrdinal(a.File, b.File));
        }

        return new DuplicateGroups(reader, members);
    }
}
