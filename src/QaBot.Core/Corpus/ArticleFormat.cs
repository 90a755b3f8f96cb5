namespace QaBot.Core.Corpus;

/// <summary>How a corpus file is parsed, chosen by its extension.</summary>
internal enum ArticleFormat
{
    PlainText,
    Markdown,
    Html,
}
