namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// The settings DescribeConfigs shows: the broker's own (by Kafka name, e.g. num.partitions) and the defaults that
/// topics without an override of their own get (by topic config name, e.g. retention.ms). The silo fills them from
/// its broker settings; this broker's node id and listener are added per request.
/// </summary>
/// <param name="Broker">The broker's settings, as DescribeConfigs lists them for a broker resource.</param>
/// <param name="TopicDefaults">The value of each topic config when the topic does not set it, by config name.</param>
public sealed record BrokerConfigs(IReadOnlyList<ConfigEntry> Broker, IReadOnlyDictionary<string, ConfigEntry> TopicDefaults);
