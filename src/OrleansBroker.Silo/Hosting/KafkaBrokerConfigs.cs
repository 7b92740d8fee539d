using System.Globalization;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Grains;
using OrleansBroker.Kafka.Handlers;
using OrleansBroker.Kafka.Listener;

namespace OrleansBroker.Silo.Hosting;

/// <summary>The broker settings under their Kafka names, for DescribeConfigs (kafka-configs, kafka-topics --describe, kcat).</summary>
public static class KafkaBrokerConfigs
{
    /// <summary>
    /// The settings of <paramref name="broker"/> and <paramref name="listener"/>, each marked default when it equals
    /// the built-in value, and the broker defaults of every topic config.
    /// </summary>
    public static BrokerConfigs Create(BrokerOptions broker, KafkaListenerOptions listener)
    {
        var builtIn = new BrokerOptions();
        var builtInListener = new KafkaListenerOptions();
        ConfigEntry[] settings =
        [
            Entry("num.partitions", broker.NumPartitions, builtIn.NumPartitions, ConfigType.Int),
            Entry("default.replication.factor", broker.DefaultReplicationFactor, builtIn.DefaultReplicationFactor, ConfigType.Int),
            Entry("auto.create.topics.enable", broker.AutoCreateTopicsEnable, builtIn.AutoCreateTopicsEnable, ConfigType.Boolean),
            Entry("log.segment.bytes", broker.LogSegmentBytes, builtIn.LogSegmentBytes, ConfigType.Int),
            Entry("log.roll.ms", broker.LogRollMs, builtIn.LogRollMs, ConfigType.Long),
            Entry("log.retention.ms", broker.LogRetentionMs, builtIn.LogRetentionMs, ConfigType.Long),
            Entry("log.retention.bytes", broker.LogRetentionBytes, builtIn.LogRetentionBytes, ConfigType.Long),
            Entry("log.retention.check.interval.ms", broker.LogRetentionCheckIntervalMs, builtIn.LogRetentionCheckIntervalMs, ConfigType.Long),
            Entry("message.max.bytes", broker.MessageMaxBytes, builtIn.MessageMaxBytes, ConfigType.Int),
            Entry("log.flush.interval.messages", broker.LogFlushIntervalMessages, builtIn.LogFlushIntervalMessages, ConfigType.Long),
            Entry("log.flush.interval.ms", broker.LogFlushIntervalMs, builtIn.LogFlushIntervalMs, ConfigType.Long),
            Entry("log.message.timestamp.type", broker.LogMessageTimestampType, builtIn.LogMessageTimestampType, ConfigType.String),
            Entry("group.initial.rebalance.delay.ms", broker.GroupInitialRebalanceDelayMs, builtIn.GroupInitialRebalanceDelayMs, ConfigType.Int),
            Entry("group.min.session.timeout.ms", broker.GroupMinSessionTimeoutMs, builtIn.GroupMinSessionTimeoutMs, ConfigType.Int),
            Entry("group.max.session.timeout.ms", broker.GroupMaxSessionTimeoutMs, builtIn.GroupMaxSessionTimeoutMs, ConfigType.Int),
            Entry("offsets.retention.minutes", broker.OffsetsRetentionMinutes, builtIn.OffsetsRetentionMinutes, ConfigType.Int),
            Entry("socket.request.max.bytes", listener.SocketRequestMaxBytes, builtInListener.SocketRequestMaxBytes, ConfigType.Int),
            Entry("connections.max.idle.ms", listener.ConnectionsMaxIdleMs, builtInListener.ConnectionsMaxIdleMs, ConfigType.Long),
        ];
        ConfigEntry[] topicDefaults =
        [
            Entry(TopicConfigNames.RetentionMs, broker.LogRetentionMs, builtIn.LogRetentionMs, ConfigType.Long),
            Entry(TopicConfigNames.RetentionBytes, broker.LogRetentionBytes, builtIn.LogRetentionBytes, ConfigType.Long),
            Entry(TopicConfigNames.SegmentBytes, broker.LogSegmentBytes, builtIn.LogSegmentBytes, ConfigType.Int),
            Entry(TopicConfigNames.SegmentMs, broker.LogRollMs, builtIn.LogRollMs, ConfigType.Long),
            Entry(TopicConfigNames.MaxMessageBytes, broker.MessageMaxBytes, builtIn.MessageMaxBytes, ConfigType.Int),
            Entry(TopicConfigNames.MessageTimestampType, broker.LogMessageTimestampType, builtIn.LogMessageTimestampType, ConfigType.String),
            Entry(TopicConfigNames.FlushMessages, broker.LogFlushIntervalMessages, builtIn.LogFlushIntervalMessages, ConfigType.Long),
            Entry(TopicConfigNames.FlushMs, broker.LogFlushIntervalMs, builtIn.LogFlushIntervalMs, ConfigType.Long),
        ];
        return new BrokerConfigs(settings, topicDefaults.ToDictionary(entry => entry.Name));
    }

    private static ConfigEntry Entry<T>(string name, T value, T builtIn, ConfigType type)
        where T : IEquatable<T> =>
        new(name, Text(value), type, IsDefault: value.Equals(builtIn));

    private static string Text<T>(T value) => value switch
    {
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };
}
