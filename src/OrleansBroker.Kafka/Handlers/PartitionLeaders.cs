using System.Text;
using OrleansBroker.Abstractions.Kafka;
using OrleansBroker.Records;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// Which broker Metadata names as each partition's leader and replicas. Any listener serves any partition (the grain is
/// reached through Orleans), so leadership only spreads client connections: partitions go round the live brokers,
/// each topic starting at a broker chosen by a hash of its name, the same on every listener.
/// </summary>
public static class PartitionLeaders
{
    /// <summary>
    /// The node ids of <paramref name="partition"/>'s replicas, leader first: <paramref name="replicationFactor"/>
    /// consecutive brokers of <paramref name="brokers"/> (ordered by node id), at most all of them.
    /// </summary>
    public static IReadOnlyList<int> ReplicasOf(string topic, int partition, short replicationFactor, IReadOnlyList<KafkaBroker> brokers)
    {
        var first = (int)((Crc32C.Compute(Encoding.UTF8.GetBytes(topic)) + (uint)partition) % (uint)brokers.Count);
        return [.. Enumerable.Range(0, Math.Clamp((int)replicationFactor, 1, brokers.Count)).Select(i => brokers[(first + i) % brokers.Count].NodeId)];
    }
}
