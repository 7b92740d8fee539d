using System.Globalization;
using OrleansBroker.Abstractions.Topics;

namespace OrleansBroker.Cli.Output;

/// <summary>Writes a topic description the way kafka-topics --describe does: a topic line, then one tab-indented line per partition.</summary>
internal static class TopicDescriptionFormatter
{
    /// <summary>Writes <paramref name="description"/> to <paramref name="output"/>.</summary>
    public static void Write(TopicDescription description, TextWriter output)
    {
        var topic = description.Metadata;
        var configs = string.Join(',', topic.Configs.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));
        output.WriteLine(Invariant(
            $"Topic: {topic.Name}\tTopicId: {topic.TopicIdText}\tPartitionCount: {topic.PartitionCount}\tReplicationFactor: {topic.ReplicationFactor}\tConfigs: {configs}"));
        foreach (var partition in description.Partitions)
        {
            output.WriteLine(Invariant(
                $"\tTopic: {topic.Name}\tPartition: {partition.Partition}\tLeader: {Broker(partition.Leader)}\tReplicas: {Brokers(partition.Replicas)}\tIsr: {Brokers(partition.Isr)}"));
        }
    }

    private static string Broker(int id) => id < 0 ? "none" : id.ToString(CultureInfo.InvariantCulture);

    private static string Brokers(IReadOnlyList<int> ids) => string.Join(',', ids.Select(Broker));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
