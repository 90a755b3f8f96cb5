using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using QaBot.Core.Answers;
using QaBot.Core.Evaluation;
using QaBot.Core.Indexing;

namespace QaBot.Cli.Rendering;

/// <summary>
/// What the commands print with <c>--json</c>: one object each, camel-cased. Written by code generated at
/// build time, so the native build needs no reflection over these shapes.
/// </summary>
internal static partial class CliJson
{
    private static readonly Context Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    });

    /// <summary><c>qabot ask --json</c>.</summary>
    public static string Answer(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var shape = new AnswerObject(
            answer.Question,
            answer.Abstained,
            answer.CorrectedQuestion,
            answer.Hints,
            [.. answer.Answers.Select(a => new PassageObject(
                a.Rank,
                Math.Round(a.Score, 4),
                a.Sentence,
                a.Passage,
                new SourceObject(a.Source.File, a.Source.Title, a.Source.Publisher, a.Source.Published, a.Source.Url),
                [.. a.AlsoReportedBy.Select(r => new ReportObject(r.Label, r.Published, r.File))]))]);
        return JsonSerializer.Serialize(shape, Json.AnswerObject);
    }

    /// <summary><c>qabot index --json</c>.</summary>
    public static string IndexReport(IndexReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var shape = new IndexObject(
            report.Added,
            report.Changed,
            report.Removed,
            report.Unchanged,
            [.. report.Skipped.Select(s => new SkippedObject(s.File, s.Reason))],
            report.Articles,
            report.Passages,
            report.DuplicateGroups,
            Math.Round(report.Seconds, 3));
        return JsonSerializer.Serialize(shape, Json.IndexObject);
    }

    /// <summary><c>qabot eval --json</c> on a question file.</summary>
    public static string Metrics(EvalMetrics metrics) => JsonSerializer.Serialize(metrics, Json.EvalMetrics);

    /// <summary><c>qabot eval --beir DIR --json</c>.</summary>
    public static string Metrics(BeirMetrics metrics) => JsonSerializer.Serialize(metrics, Json.BeirMetrics);

    private sealed record AnswerObject(string Question, bool Abstained, string? CorrectedQuestion, IReadOnlyList<string> Hints, IReadOnlyList<PassageObject> Answers);

    private sealed record PassageObject(int Rank, double Score, string Sentence, string Passage, SourceObject Source, IReadOnlyList<ReportObject> AlsoReportedBy);

    private sealed record SourceObject(string File, string Title, string? Publisher, string? Published, string? Url);

    private sealed record ReportObject(string Label, string? Published, string File);

    private sealed record IndexObject(int Added, int Changed, int Removed, int Unchanged, IReadOnlyList<SkippedObject> Skipped, int Articles, int Passages, int DuplicateGroups, double Seconds);

    private sealed record SkippedObject(string File, string Reason);

    [JsonSerializable(typeof(AnswerObject))]
    [JsonSerializable(typeof(IndexObject))]
    [JsonSerializable(typeof(EvalMetrics))]
    [JsonSerializable(typeof(BeirMetrics))]
    private sealed partial class Context : JsonSerializerContext;
}
