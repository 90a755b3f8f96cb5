using System.Text.Json.Serialization;

namespace QaBot.Core.Evaluation;

/// <summary>Retrieval quality on a BEIR test set.</summary>
public sealed record BeirMetrics(
    [property: JsonPropertyName("ndcg@10")] double NdcgAt10,
    [property: JsonPropertyName("recall@100")] double RecallAt100,
    [property: JsonPropertyName("mrr@10")] double MrrAt10,
    [property: JsonPropertyName("queries")] int Queries,
    [property: JsonPropertyName("documents")] int Documents,
    [property: JsonPropertyName("index_seconds")] double IndexSeconds,
    [property: JsonPropertyName("search_seconds")] double SearchSeconds);
