namespace OrleansBroker.Bench.Targets;

/// <summary>What a target's clients are set up for: the throughput workloads batch, the latency workload sends each record at once.</summary>
internal enum ClientTuning
{
    /// <summary>As a Kafka user tuning for throughput: producers linger to fill batches.</summary>
    Throughput,

    /// <summary>As a user tuning for latency: producers never linger, idle consumers block on the server rather than poll.</summary>
    Latency,
}
