namespace OrleansBroker.Frontend.Cluster;

/// <summary>One partition of a described topic: placement, log offsets and size.</summary>
/// <param name="Partition">The partition number.</param>
/// <param name="Leader">Broker id of the silo hosting it (<see cref="Abstractions.BrokerIds"/>); -1 when none.</param>
/// <param name="Replicas">Broker ids holding it.</param>
/// <param name="Isr">Broker ids in sync with the leader.</param>
/// <param name="LogStartOffset">The first readable offset.</param>
/// <param name="LogEndOffset">The offset the next record gets (the high watermark).</param>
/// <param name="SizeInBytes">Bytes its log takes.</param>
public sealed record PartitionDetails(
    int Partition,
    int Leader,
    IReadOnlyList<int> Replicas,
    IReadOnlyList<int> Isr,
    long LogStartOffset,
    long LogEndOffset,
    long SizeInBytes)
{
    /// <summary>Records readable now.</summary>
    public long Records => LogEndOffset - LogStartOffset;
}
