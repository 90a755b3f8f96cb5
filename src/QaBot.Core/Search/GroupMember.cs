namespace QaBot.Core.Search;

/// <summary>An article of a duplicate group, as "also reported by" names it.</summary>
internal sealed record GroupMember(string File, string Title, string? Publisher, string? Published, bool Canonical);
