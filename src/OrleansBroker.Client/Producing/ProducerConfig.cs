namespace OrleansBroker.Client.Producing;

/// <summary>Producer settings, named after Kafka's producer configs.</summary>
public sealed class ProducerConfig
{
    /// <summary>linger.ms: how long a partition's batch may wait for more records before it is sent. Default 5.</summary>
    public int LingerMs { get; set; } = 5;

    /// <summary>batch.size: a batch is sent once it holds this many bytes. Default 1,000,000 (under the broker's 1 MiB max.message.bytes).</summary>
    public int BatchSize { get; set; } = 1_000_000;

    /// <summary>buffer.memory: bytes of records waiting to be sent before producing waits for room. Default 32 MiB.</summary>
    public long BufferMemory { get; set; } = 32L * 1024 * 1024;

    /// <summary>
    /// delivery.timeout.ms: how long a record may take, from entering its partition's batch (once <see cref="MaxBlockMs"/>
    /// has found it room) to being stored, covering linger, waiting behind earlier batches, sending and retries. Past it
    /// the record fails with REQUEST_TIMED_OUT and its buffer room is freed; one already sent may still have been
    /// stored. At least <see cref="LingerMs"/>. Default 120000.
    /// </summary>
    public int DeliveryTimeoutMs { get; set; } = 120_000;

    /// <summary>
    /// max.block.ms: how long a produce may wait for the topic's metadata and for room in the send buffer
    /// (<see cref="BufferMemory"/>) before it fails with REQUEST_TIMED_OUT, leaving nothing queued. 0 or more; default 60000.
    /// </summary>
    public int MaxBlockMs { get; set; } = 60_000;

    /// <summary>
    /// request.timeout.ms: how long an idempotent producer waits for a partition's answer to one send before it sends the
    /// batch again (a copy of a stored batch is acknowledged, not stored twice); retries go on until
    /// <see cref="DeliveryTimeoutMs"/>. It bounds failover when a silo dies with an append in flight that nothing else
    /// reports lost (one forwarded through another silo's gateway). Default 5000, not Kafka's 30000: an append is one grain
    /// call, answered in milliseconds while its silo lives. Without idempotence the producer waits for the answer (up to
    /// Orleans' 30 s response timeout), since a resend could store the batch twice.
    /// </summary>
    public int RequestTimeoutMs { get; set; } = 5_000;

    /// <summary>partitioner: how keyless records are spread. Default round-robin per record.</summary>
    public Partitioner Partitioner { get; set; } = Partitioner.Murmur2RoundRobin;

    /// <summary>
    /// enable.idempotence: the producer takes a producer id from the cluster and numbers each partition's batches, so a
    /// batch whose answer was lost (a timeout, a silo failing mid-call) is sent again and stored once. Default true, as
    /// in Kafka 3.x. When false, such a batch is not sent again: its records fail although they may have been stored,
    /// so resending them yourself can store them twice.
    /// </summary>
    public bool EnableIdempotence { get; set; } = true;

    /// <summary>Throws when the settings contradict each other, naming them.</summary>
    internal void Validate()
    {
        if (MaxBlockMs < 0)
        {
            throw new ArgumentException($"max.block.ms (MaxBlockMs) must be 0 or more; it is {MaxBlockMs}.");
        }

        if (RequestTimeoutMs <= 0)
        {
            throw new ArgumentException($"request.timeout.ms (RequestTimeoutMs) must be positive; it is {RequestTimeoutMs}.");
        }

        if (DeliveryTimeoutMs <= 0 || DeliveryTimeoutMs < LingerMs)
        {
            throw new ArgumentException($"delivery.timeout.ms (DeliveryTimeoutMs = {DeliveryTimeoutMs}) must be positive and at least linger.ms (LingerMs = {LingerMs}).");
        }
    }
}
