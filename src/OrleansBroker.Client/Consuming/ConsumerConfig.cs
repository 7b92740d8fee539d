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

    /// <summary>group.id: the consumer group joined by <see cref="IConsumer{TKey, TValue}.Subscribe"/>; null for a consumer without a group.</summary>
    public string? GroupId { get; set; }

    /// <summary>group.instance.id: a static member's stable id, or null for a dynamic member.</summary>
    public string? GroupInstanceId { get; set; }

    /// <summary>client.id: shown by consumer-groups --describe. Default "orleans-broker-consumer".</summary>
    public string ClientId { get; set; } = "orleans-broker-consumer";

    /// <summary>session.timeout.ms: the group drops this consumer when it has not heard from it for this long. Default 45000.</summary>
    public int SessionTimeoutMs { get; set; } = 45_000;

    /// <summary>heartbeat.interval.ms: how often the consumer tells the group it is alive. Default 3000.</summary>
    public int HeartbeatIntervalMs { get; set; } = 3000;

    /// <summary>max.poll.interval.ms: the rebalance timeout, how long the group waits for members to rejoin. Default 300000.</summary>
    public int MaxPollIntervalMs { get; set; } = 300_000;

    /// <summary>enable.auto.commit: commit consumed positions in the background and when partitions are revoked. Default true.</summary>
    public bool EnableAutoCommit { get; set; } = true;

    /// <summary>
    /// enable.auto.offset.store: every record ConsumeAsync returns is stored as done, and the commits (automatic, on
    /// revocation and closing, and <c>CommitAsync()</c>) commit the positions. Off, only what
    /// <see cref="IConsumer{TKey, TValue}.StoreOffset(ConsumeResult{TKey, TValue})"/> stored is committed, so a record
    /// handed to the application but not finished when it crashes is read again. Default true.
    /// </summary>
    public bool EnableAutoOffsetStore { get; set; } = true;

    /// <summary>auto.commit.interval.ms: how often positions are committed automatically. Default 5000.</summary>
    public int AutoCommitIntervalMs { get; set; } = 5000;

    /// <summary>partition.assignment.strategy: assignor names in order of preference. Default range, then cooperative-sticky, as Kafka.</summary>
    public IReadOnlyList<string> PartitionAssignmentStrategy { get; set; } = ["range", "cooperative-sticky"];
}
