using OrleansBroker.Abstractions.Topics;

namespace OrleansBroker.Frontend.Cluster;

/// <summary>A topic's metadata with each partition's placement, offsets and size.</summary>
/// <param name="Metadata">The topic's metadata: id, partition count, replication factor, configs.</param>
/// <param name="Partitions">One entry per partition, in order.</param>
public sealed record TopicDetails(TopicMetadata Metadata, IReadOnlyList<PartitionDetails> Partitions)
{
    /// <summary>Records readable now, over all partitions.</summary>
    public long Records => Partitions.Sum(partition => partition.Records);

    /// <summary>Bytes the topic's logs take.</summary>
    public long SizeInBytes => Partitions.Sum(partition => partition.SizeInBytes);
}
