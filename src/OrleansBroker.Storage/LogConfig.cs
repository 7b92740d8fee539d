using OrleansBroker.Records;

namespace OrleansBroker.Storage;

/// <summary>
/// Settings of one partition log, named and defaulted as Kafka's topic configs. Durations are milliseconds;
/// -1 for a retention limit means unlimited.
/// </summary>
public sealed record LogConfig
{
    /// <summary>segment.bytes: roll a new segment once the active one would grow past this. Default 1 GiB.</summary>
    public int SegmentBytes { get; init; } = 1024 * 1024 * 1024;

    /// <summary>segment.ms: roll a new segment once the active one's first batch is this old. Default 7 days.</summary>
    public long SegmentMs { get; init; } = TimeSpan.FromDays(7).Ticks / TimeSpan.TicksPerMillisecond;

    /// <summary>retention.ms: delete segments whose newest record is older than this; -1 keeps them. Default 7 days.</summary>
    public long RetentionMs { get; init; } = TimeSpan.FromDays(7).Ticks / TimeSpan.TicksPerMillisecond;

    /// <summary>retention.bytes: delete the oldest segments while the log stays at least this big; -1 keeps them. Default -1.</summary>
    public long RetentionBytes { get; init; } = -1;

    /// <summary>max.message.bytes: the largest batch accepted. Default 1,048,588 (Kafka's).</summary>
    public int MaxMessageBytes { get; init; } = 1024 * 1024 + RecordBatchLayout.LogOverhead;

    /// <summary>index.interval.bytes: bytes of log between two offset-index entries. Default 4096.</summary>
    public int IndexIntervalBytes { get; init; } = 4096;

    /// <summary>flush.messages: fsync after this many records; the default leaves flushing to the operating system.</summary>
    public long FlushMessages { get; init; } = long.MaxValue;

    /// <summary>flush.ms: fsync when the last fsync is this old; the default leaves flushing to the operating system.</summary>
    public long FlushMs { get; init; } = long.MaxValue;

    /// <summary>message.timestamp.type: keep the producer's create time, or stamp the broker's log-append time.</summary>
    public TimestampType TimestampType { get; init; } = TimestampType.CreateTime;

    /// <summary>Throws <see cref="BrokerException"/> with <see cref="ErrorCode.InvalidConfig"/> naming the first bad setting.</summary>
    public void Validate()
    {
        Require(SegmentBytes >= 14, "segment.bytes", SegmentBytes, "at least 14");
        Require(SegmentMs >= 1, "segment.ms", SegmentMs, "at least 1");
        Require(RetentionMs >= -1, "retention.ms", RetentionMs, "-1 or more");
        Require(RetentionBytes >= -1, "retention.bytes", RetentionBytes, "-1 or more");
        Require(MaxMessageBytes >= RecordBatchLayout.HeaderSize, "max.message.bytes", MaxMessageBytes, $"at least {RecordBatchLayout.HeaderSize}");
        Require(IndexIntervalBytes >= 0, "index.interval.bytes", IndexIntervalBytes, "0 or more");
        Require(FlushMessages >= 1, "flush.messages", FlushMessages, "at least 1");
        Require(FlushMs >= 0, "flush.ms", FlushMs, "0 or more");
    }

    private static void Require(bool ok, string name, long value, string rule)
    {
        if (!ok)
        {
            throw new BrokerException(ErrorCode.InvalidConfig, $"Invalid value {value} for configuration {name}: must be {rule}.");
        }
    }
}
