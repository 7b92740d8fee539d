namespace OrleansBroker.Client.Consuming;

/// <summary>Consumer settings, named after Kafka's consumer configs.</summary>
public sealed class ConsumerConfig
{
    /// <summary>max.partition.fetch.bytes: bytes asked for per fetch of one partition (at least one batch comes back). Default 1 MiB.</summary>
    public int MaxPartitionFetchBytes { get; set; } = 1024 * 1024;

    /// <summary>fetch.max.wait.ms: how long a fetch waits at the log end for new records. Default 500.</summary>
    public int FetchMaxWaitMs { get; set; } = 500;

    /// <summary>auto.offset.reset: what to do when a position is out of range. Default latest, as Kafka.</summary>
    public AutoOffsetReset AutoOffsetReset { get; set; } = AutoOffsetReset.Latest;

    /// <summary>Fetched chunks buffered ahead of Consume, per partition. Default 4.</summary>
    public int PrefetchChunks { get; set; } = 4;
}
