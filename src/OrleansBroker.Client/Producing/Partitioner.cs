namespace OrleansBroker.Client.Producing;

/// <summary>How the producer picks a partition for a record with no explicit partition.</summary>
public enum Partitioner
{
    /// <summary>Keyed records by murmur2 of the key (as Kafka's Java client); keyless records round-robin, one record at a time, from partition 0.</summary>
    Murmur2RoundRobin,

    /// <summary>Keyed records by murmur2; keyless records stick to one partition until its batch is sent (fewer, fuller batches).</summary>
    Murmur2Sticky,
}
