namespace OrleansBroker.Records;

/// <summary>
/// The arithmetic of an idempotent producer's sequence numbers. Per partition they number its records from 0 and,
/// as Kafka's do, wrap from <see cref="int.MaxValue"/> back to 0, so a long-lived producer never runs out of them.
/// </summary>
public static class ProducerSequence
{
    /// <summary>The sequence <paramref name="increment"/> records after <paramref name="sequence"/> (both at least 0), wrapping past <see cref="int.MaxValue"/> to 0.</summary>
    public static int Increment(int sequence, int increment) =>
        sequence > int.MaxValue - increment ? increment - (int.MaxValue - sequence) - 1 : sequence + increment;
}
