using OrleansBroker.Abstractions;

namespace OrleansBroker.Client.Producing;

/// <summary>
/// One topic's partition senders, indexed by partition, and its keyless partitioner: what producing a record looks
/// up, found without hashing a topic-partition or allocating anything per record. Thread-safe; senders are created
/// on first use and never replaced.
/// </summary>
internal sealed class TopicSenders
{
    private readonly object _lock = new();
    private readonly string _topic;
    private readonly Func<TopicPartition, PartitionSender> _create;
    private readonly KeylessPartitioner _keyless = new();
    private readonly Func<int, long> _sealedBatches;
    private PartitionSender?[] _senders = [];

    /// <summary>Senders of <paramref name="topic"/>, each made by <paramref name="create"/> the first time its partition is used.</summary>
    public TopicSenders(string topic, Func<TopicPartition, PartitionSender> create)
    {
        _topic = topic;
        _create = create;
        _sealedBatches = partition => Find(partition)?.SealedBatches ?? 0;
    }

    /// <summary>The senders created so far.</summary>
    public IEnumerable<PartitionSender> All => Volatile.Read(ref _senders).OfType<PartitionSender>();

    /// <summary>The next keyless record's partition: round-robin per record.</summary>
    public int RoundRobin(int partitionCount) => _keyless.RoundRobin(partitionCount);

    /// <summary>The next keyless record's partition: sticky until that partition seals a batch.</summary>
    public int Sticky(int partitionCount) => _keyless.Sticky(partitionCount, _sealedBatches);

    /// <summary>The sender of <paramref name="partition"/> (0 or more), created on first use.</summary>
    public PartitionSender Get(int partition) => Find(partition) ?? Create(partition);

    private PartitionSender? Find(int partition)
    {
        var senders = Volatile.Read(ref _senders);
        return partition < senders.Length ? senders[partition] : null;
    }

    private PartitionSender Create(int partition)
    {
        lock (_lock)
        {
            if (Find(partition) is { } existing)
            {
                return existing;
            }

            // Copy on write: readers see either array whole, without a lock.
            var grown = new PartitionSender?[Math.Max(_senders.Length, partition + 1)];
            _senders.CopyTo(grown, 0);
            var sender = grown[partition] = _create(new TopicPartition(_topic, partition));
            Volatile.Write(ref _senders, grown);
            return sender;
        }
    }
}
