using System.Text.Json.Serialization;

namespace QaBot.Core.Evaluation;

/// <summary>The JSON of question files and of the quality figures, generated at build time, so no reflection reads or writes it.</summary>
[JsonSerializable(typeof(EvalQuestion))]
[JsonSerializable(typeof(EvalMetrics))]
[JsonSerializable(typeof(BeirMetrics))]
public sealed partial class EvaluationJsonContext : JsonSerializerContext;
