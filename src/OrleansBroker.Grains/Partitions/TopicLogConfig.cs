using System.Globalization;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Records;
using OrleansBroker.Storage;

namespace OrleansBroker.Grains.Partitions;

/// <summary>Turns a topic's configs, over the broker's defaults, into the settings of its partition logs.</summary>
public static class TopicLogConfig
{
    /// <summary>The log settings for a partition of a topic with <paramref name="configs"/>.</summary>
    public static LogConfig Create(BrokerOptions broker, IReadOnlyDictionary<string, string> configs) => new()
    {
        SegmentBytes = (int)Get(configs, TopicConfigNames.SegmentBytes, broker.LogSegmentBytes),
        SegmentMs = Get(configs, TopicConfigNames.SegmentMs, broker.LogRollMs),
        RetentionMs = Get(configs, TopicConfigNames.RetentionMs, broker.LogRetentionMs),
        RetentionBytes = Get(configs, TopicConfigNames.RetentionBytes, broker.LogRetentionBytes),
        MaxMessageBytes = (int)Get(configs, TopicConfigNames.MaxMessageBytes, broker.MessageMaxBytes),
        FlushMessages = Get(configs, TopicConfigNames.FlushMessages, broker.LogFlushIntervalMessages),
        FlushMs = Get(configs, TopicConfigNames.FlushMs, broker.LogFlushIntervalMs),
        TimestampType = configs.GetValueOrDefault(TopicConfigNames.MessageTimestampType, broker.LogMessageTimestampType) == "LogAppendTime"
            ? TimestampType.LogAppendTime
            : TimestampType.CreateTime,
    };

    private static long Get(IReadOnlyDictionary<string, string> configs, string name, long fallback) =>
        configs.TryGetValue(name, out var value) ? long.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : fallback;
}
