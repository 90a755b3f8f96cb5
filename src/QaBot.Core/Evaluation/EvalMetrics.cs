using System.Text.Json.Serialization;

namespace QaBot.Core.Evaluation;

/// <summary>Answer quality over a question file (see the question set's README for the definitions).</summary>
public sealed record EvalMetrics(
    [property: JsonPropertyName("passage_hit@1")] double PassageHitAt1,
    [property: JsonPropertyName("passage_hit@3")] double PassageHitAt3,
    [property: JsonPropertyName("mrr@10")] double MrrAt10,
    [property: JsonPropertyName("sentence_hit@1")] double SentenceHitAt1,
    [property: JsonPropertyName("false_abstention")] double FalseAbstention,
    [property: JsonPropertyName("abstention")] double Abstention,
    [property: JsonPropertyName("questions")] int Questions);
