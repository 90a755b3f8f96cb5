namespace QaBot.Core.Corpus.Cleaning;

/// <summary>What one byline line said. <paramref name="DateText"/> is the date as written.</summary>
internal sealed record Byline(string? Author, string? Publisher, string? DateText);
