namespace QaBot.Core.Search;

/// <summary>What sort of answer a question asks for, from its question words.</summary>
public enum QuestionKind
{
    Other,
    Quantity,
    Person,
    Place,
    Time,
}
