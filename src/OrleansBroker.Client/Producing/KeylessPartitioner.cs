namespace OrleansBroker.Client.Producing;

/// <summary>Spreads one topic's keyless records: round-robin per record, or sticky to a partition until its batch is sealed.</summary>
internal sealed class KeylessPartitioner
{
    private long _next = -1;
    private int _stickyPartition = -1;
    private long _stickySealedAt;

    /// <summary>0, 1, 2, ... wrapping at the partition count: the first record goes to partition 0.</summary>
    public int RoundRobin(int partitionCount) => (int)(Interlocked.Increment(ref _next) % partitionCount);

    /// <summary>The current sticky partition, moving to the next one once that partition has sealed another batch.</summary>
    public int Sticky(int partitionCount, Func<int, long> sealedBatches)
    {
        if (_stickyPartition < 0 || _stickyPartition >= partitionCount || sealedBatches(_stickyPartition) != _stickySealedAt)
        {
            _stickyPartition = RoundRobin(partitionCount);
            _stickySealedAt = sealedBatches(_stickyPartition);
        }

        return _stickyPartition;
    }
}
