namespace QaBot.Core.Corpus;

public enum BlockKind
{
    Paragraph,
    Heading,
}
