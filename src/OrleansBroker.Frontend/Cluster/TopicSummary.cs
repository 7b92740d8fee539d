namespace OrleansBroker.Frontend.Cluster;

/// <summary>One topic of the topics list: its shape and how much it holds.</summary>
/// <param name="Name">The topic name.</param>
/// <param name="Partitions">Its partition count.</param>
/// <param name="ReplicationFactor">The replication factor it was created with.</param>
/// <param name="Records">Records readable now, over all partitions (log end minus log start offsets).</param>
/// <param name="SizeInBytes">Bytes its logs take, over all partitions.</param>
public sealed record TopicSummary(string Name, int Partitions, short ReplicationFactor, long Records, long SizeInBytes);
