namespace QaBot.Core.Evaluation;

/// <summary>The metrics and the per-question outcomes behind them.</summary>
public sealed record EvalReport(EvalMetrics Metrics, IReadOnlyList<QuestionOutcome> Outcomes);
