namespace QaBot.Core.Answers;

/// <summary>Another report of the same story, collapsed under the canonical one.</summary>
/// <param name="Label">The publisher, or the title when no publisher is known.</param>
/// <param name="Published">The publication date, when known.</param>
/// <param name="File">The corpus file of that report.</param>
public sealed record AlsoReported(string Label, string? Published, string File);
