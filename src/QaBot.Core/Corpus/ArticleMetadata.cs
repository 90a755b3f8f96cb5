namespace QaBot.Core.Corpus;

/// <summary>What an article says about itself. Every field is null when the article does not say: nothing is guessed.</summary>
/// <param name="Title">The headline, from front matter, HTML meta or the first headline-like line.</param>
/// <param name="Publisher">Who published it ("China Daily", "Xinhua"); never taken from a photo credit.</param>
/// <param name="Author">The writer's name, title-cased when the source wrote it in capitals.</param>
/// <param name="Published">The publication date, only when the full date including the year is known.</param>
/// <param name="PublishedText">The publication date as written ("November 24", "2021-02-04 09:06"), whenever one is given.</param>
/// <param name="Url">The article's address, when the source names it.</param>
public sealed record ArticleMetadata(
    string? Title,
    string? Publisher,
    string? Author,
    DateOnly? Published,
    string? PublishedText,
    string? Url)
{
    /// <summary>Metadata that knows nothing.</summary>
    public static ArticleMetadata Empty { get; } = new(null, null, null, null, null, null);
}
