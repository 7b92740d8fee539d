namespace OrleansBroker.Grains;

/// <summary>
/// The broker's settings, Kafka's server.properties as .NET configuration (section <see cref="SectionName"/>,
/// e.g. <c>Broker:NumPartitions</c> or the environment variable <c>Broker__NumPartitions</c>). Durations in ms.
/// </summary>
public sealed class BrokerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Broker";

    /// <summary>log.dirs: where partition logs and grain state live. Default: the user's local application data folder.</summary>
    public string DataDirectory { get; set; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "OrleansBroker", "data");

    /// <summary>num.partitions: partitions of a topic created without a count.</summary>
    public int NumPartitions { get; set; } = 1;

    /// <summary>default.replication.factor: replication factor of a topic created without one.</summary>
    public short DefaultReplicationFactor { get; set; } = 1;

    /// <summary>auto.create.topics.enable: create a topic with defaults when a client first produces to it.</summary>
    public bool AutoCreateTopicsEnable { get; set; } = true;

    /// <summary>log.segment.bytes: default segment.bytes.</summary>
    public int LogSegmentBytes { get; set; } = 1024 * 1024 * 1024;

    /// <summary>log.roll.ms: default segment.ms (7 days).</summary>
    public long LogRollMs { get; set; } = 7L * 24 * 60 * 60 * 1000;

    /// <summary>log.retention.ms: default retention.ms (7 days); -1 keeps records forever.</summary>
    public long LogRetentionMs { get; set; } = 7L * 24 * 60 * 60 * 1000;

    /// <summary>log.retention.bytes: default retention.bytes; -1 for no size limit.</summary>
    public long LogRetentionBytes { get; set; } = -1;

    /// <summary>log.retention.check.interval.ms: how often partitions apply retention (5 minutes).</summary>
    public long LogRetentionCheckIntervalMs { get; set; } = 5 * 60 * 1000;

    /// <summary>message.max.bytes: default max.message.bytes.</summary>
    public int MessageMaxBytes { get; set; } = 1024 * 1024 + 12;

    /// <summary>log.flush.interval.messages: default flush.messages (the OS decides by default).</summary>
    public long LogFlushIntervalMessages { get; set; } = long.MaxValue;

    /// <summary>log.flush.interval.ms: default flush.ms (the OS decides by default).</summary>
    public long LogFlushIntervalMs { get; set; } = long.MaxValue;

    /// <summary>log.message.timestamp.type: default message.timestamp.type.</summary>
    public string LogMessageTimestampType { get; set; } = "CreateTime";

    /// <summary>producer.id.expiration.ms: a partition forgets an idempotent producer that stored nothing this long (1 day).</summary>
    public long ProducerIdExpirationMs { get; set; } = 24L * 60 * 60 * 1000;

    /// <summary>group.initial.rebalance.delay.ms: how long a new group waits for more members before its first assignment.</summary>
    public int GroupInitialRebalanceDelayMs { get; set; } = 3000;

    /// <summary>group.min.session.timeout.ms: the shortest session timeout a member may ask for.</summary>
    public int GroupMinSessionTimeoutMs { get; set; } = 6000;

    /// <summary>group.max.session.timeout.ms: the longest session timeout a member may ask for.</summary>
    public int GroupMaxSessionTimeoutMs { get; set; } = 1_800_000;

    /// <summary>offsets.retention.minutes: committed offsets of a group that stays empty this long are removed (7 days).</summary>
    public int OffsetsRetentionMinutes { get; set; } = 7 * 24 * 60;

    /// <summary>How often each consumer group refreshes its lag metric (high watermark minus committed offset, 30 s).</summary>
    public int ConsumerLagIntervalMs { get; set; } = 30_000;
}
