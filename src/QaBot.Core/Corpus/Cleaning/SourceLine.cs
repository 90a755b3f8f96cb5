namespace QaBot.Core.Corpus.Cleaning;

/// <summary>One normalised, non-empty line of an article on its way through the cleaning rules.</summary>
internal sealed record SourceLine(string Text, LineKind Kind = LineKind.Plain);
