namespace OrleansBroker.Bench.Latency;

/// <summary>Produce-to-consume latencies of one run, in milliseconds.</summary>
internal sealed record LatencyPercentiles(double P50, double P99, double P999, double Max);
