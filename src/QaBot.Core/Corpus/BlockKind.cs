namespace QaBot.Core.Corpus;

/// <summary>The role of one block of article text.</summary>
public enum BlockKind
{
    /// <summary>Body text: one paragraph or list item.</summary>
    Paragraph,

    /// <summary>A subhead inside the body (the article's own headline lives in <see cref="ArticleMetadata.Title"/>).</summary>
    Heading,
}
