namespace QaBot.Core.Answers;

/// <summary>Where a passage came from, as a person reads it under an answer.</summary>
/// <param name="File">The article's path relative to the corpus folder, with forward slashes.</param>
/// <param name="Title">The article's title (the file name when the article names none).</param>
/// <param name="Publisher">The publisher, when the article says.</param>
/// <param name="Published">The publication date as ISO 8601 (<c>yyyy-MM-dd</c>) or as written when the year is unknown.</param>
/// <param name="Url">The article's address, when known.</param>
public sealed record SourceInfo(string File, string Title, string? Publisher, string? Published, string? Url);
