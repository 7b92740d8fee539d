namespace OrleansBroker.Grains.Partitions;

/// <summary>
/// One idempotent producer as one partition knows it, as Kafka keeps it: the epoch of its batches and its last
/// <see cref="RetainedBatches"/> stored batches, so a resend of any batch it may still have in flight is recognised.
/// </summary>
internal sealed class ProducerState(short epoch)
{
    /// <summary>Kafka's 5: the most batches a Kafka producer keeps in flight to one partition.</summary>
    public const int RetainedBatches = 5;

    private readonly Queue<ProducerBatch> _batches = new(RetainedBatches);

    /// <summary>The epoch of the batches stored last.</summary>
    public short Epoch { get; private set; } = epoch;

    /// <summary>Sequence of the last record stored.</summary>
    public int LastSequence { get; private set; } = -1;

    /// <summary>When a batch of the producer was last stored (ms since the Unix epoch), for expiry.</summary>
    public long LastAppendMs { get; private set; }

    /// <summary>The stored batch of <paramref name="epoch"/> with exactly these sequences, or null.</summary>
    public ProducerBatch? FindStored(short epoch, int firstSequence, int lastSequence)
    {
        foreach (var batch in _batches)
        {
            if (epoch == Epoch && batch.FirstSequence == firstSequence && batch.LastSequence == lastSequence)
            {
                return batch;
            }
        }

        return null;
    }

    /// <summary>Remembers a stored batch; a newer epoch forgets the batches of the older one.</summary>
    public void Add(short epoch, ProducerBatch batch, long nowMs)
    {
        if (epoch != Epoch)
        {
            Epoch = epoch;
            _batches.Clear();
        }

        if (_batches.Count == RetainedBatches)
        {
            _batches.Dequeue();
        }

        _batches.Enqueue(batch);
        LastSequence = batch.LastSequence;
        LastAppendMs = nowMs;
    }
}
