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

    /// <summary>partitioner: how keyless records are spread. Default round-robin per record.</summary>
    public Partitioner Partitioner { get; set; } = Partitioner.Murmur2RoundRobin;

    /// <summary>
    /// enable.idempotence: the producer takes a producer id from the cluster and numbers each partition's batches, so a
    /// batch whose answer was lost (a timeout, a silo failing mid-call) is sent again and stored once. Default true, as
    /// in Kafka 3.x. When false, such a batch is not sent again: its records fail although they may have been stored,
    /// so resending them yourself can store them twice.
    /// </summary>
    public bool EnableIdempotence { get; set; } = true;
}
