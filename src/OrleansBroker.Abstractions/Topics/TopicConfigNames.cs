using System.Globalization;
using OrleansBroker.Records;

namespace OrleansBroker.Abstractions.Topics;

/// <summary>The topic-level configs the broker understands, with Kafka's names, and their validation.</summary>
public static class TopicConfigNames
{
    /// <summary>Delete segments whose newest record is older than this many ms; -1 keeps them.</summary>
    public const string RetentionMs = "retention.ms";

    /// <summary>Delete the oldest segments while the partition stays at least this many bytes; -1 keeps them.</summary>
    public const string RetentionBytes = "retention.bytes";

    /// <summary>Roll a new segment at this size.</summary>
    public const string SegmentBytes = "segment.bytes";

    /// <summary>Roll a new segment when the active one is this old.</summary>
    public const string SegmentMs = "segment.ms";

    /// <summary>The largest record batch the topic accepts.</summary>
    public const string MaxMessageBytes = "max.message.bytes";

    /// <summary>CreateTime (the producer's timestamps) or LogAppendTime (the broker's).</summary>
    public const string MessageTimestampType = "message.timestamp.type";

    /// <summary>fsync after this many records.</summary>
    public const string FlushMessages = "flush.messages";

    /// <summary>fsync when the last one is this many ms old.</summary>
    public const string FlushMs = "flush.ms";

    /// <summary>Every name above.</summary>
    public static IReadOnlyList<string> All { get; } =
        [RetentionMs, RetentionBytes, SegmentBytes, SegmentMs, MaxMessageBytes, MessageTimestampType, FlushMessages, FlushMs];

    /// <summary>Throws <see cref="BrokerException"/> with <see cref="ErrorCode.InvalidConfig"/> naming the first unknown name or bad value.</summary>
    public static void Validate(IReadOnlyDictionary<string, string> configs)
    {
        foreach (var (name, value) in configs)
        {
            Validate(name, value);
        }
    }

    private static void Validate(string name, string value)
    {
        var ok = name switch
        {
            RetentionMs or RetentionBytes => IsLong(value, min: -1),
            SegmentBytes => IsLong(value, min: 14, max: int.MaxValue),
            MaxMessageBytes => IsLong(value, min: RecordBatchLayout.HeaderSize, max: int.MaxValue),
            SegmentMs or FlushMessages => IsLong(value, min: 1),
            FlushMs => IsLong(value, min: 0),
            MessageTimestampType => value is "CreateTime" or "LogAppendTime",
            _ => throw new BrokerException(ErrorCode.InvalidConfig, $"Unknown topic config name: {name}. Known names: {string.Join(", ", All)}."),
        };
        if (!ok)
        {
            var rule = name == MessageTimestampType ? "CreateTime or LogAppendTime" : "a whole number in range";
            throw new BrokerException(ErrorCode.InvalidConfig, $"Invalid value {(string.IsNullOrEmpty(value) ? "(empty)" : value)} for configuration {name}: must be {rule}.");
        }
    }

    private static bool IsLong(string value, long min, long max = long.MaxValue) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max;
}
