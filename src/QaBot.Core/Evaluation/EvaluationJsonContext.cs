using System.Text.Json.Serialization;

namespace QaBot.Core.Evaluation;

/// <summary>The JSON of question files, read by code generated at build time, not by reflection.</summary>
[JsonSerializable(typeof(EvalQuestion))]
public sealed partial class EvaluationJsonContext : JsonSerializerContext;
