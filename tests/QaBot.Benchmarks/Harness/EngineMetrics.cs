using System.Text.Json.Serialization;

namespace QaBot.Benchmarks.Harness;

/// <summary>One engine's figures, in the keys of the peers' metrics.json.</summary>
internal sealed record EngineMetrics(
    [property: JsonPropertyName("docs")] int Docs,
    [property: JsonPropertyName("index_seconds")] double IndexSeconds,
    [property: JsonPropertyName("passages_per_s")] double PassagesPerSecond,
    [property: JsonPropertyName("MB_per_s")] double MegabytesPerSecond,
    [property: JsonPropertyName("index_MB_on_disk")] double IndexMegabytes,
    [property: JsonPropertyName("p50_us")] double P50,
    [property: JsonPropertyName("p95_us")] double P95,
    [property: JsonPropertyName("p99_us")] double P99,
    [property: JsonPropertyName("qps_1")] double QpsOne,
    [property: JsonPropertyName("qps_all")] double QpsAll,
    [property: JsonPropertyName("peak_MB")] double PeakMegabytes,
    [property: JsonPropertyName("index_disk_read_MB")] double IndexDiskReadMegabytes,
    [property: JsonPropertyName("abstained")] int Abstained);
