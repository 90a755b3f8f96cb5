namespace QaBot.Core.Duplicates;

/// <summary>Articles that report the same story; answers show the canonical one.</summary>
/// <param name="Id">A stable id derived from the members' file names.</param>
/// <param name="Canonical">The cleanest member's file.</param>
/// <param name="Members">Every member's file, canonical first.</param>
public sealed record DuplicateGroup(long Id, string Canonical, IReadOnlyList<string> Members);
