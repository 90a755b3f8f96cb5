using System.Text.Json.Serialization;

namespace QaBot.Core.Evaluation;

/// <summary>One line of a question file: the question, answer patterns and the files that hold the answer.</summary>
public sealed record EvalQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answers")] IReadOnlyList<string> Answers,
    [property: JsonPropertyName("sources")] IReadOnlyList<string> Sources,
    [property: JsonPropertyName("answerable")] bool Answerable);
