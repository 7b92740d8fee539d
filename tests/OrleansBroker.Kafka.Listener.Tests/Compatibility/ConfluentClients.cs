using Confluent.Kafka;

namespace OrleansBroker.Kafka.Listener.Tests.Compatibility;

/// <summary>Confluent.Kafka (librdkafka) string clients of a listener, configured as an application would.</summary>
public static class ConfluentClients
{
    /// <summary>
    /// A string producer with acks=all, idempotence (a producer id from InitProducerId, sequences per partition) and
    /// Kafka's Java partitioner (murmur2; keyless records spread at random).
    /// </summary>
    public static IProducer<string?, string?> NewProducer(string bootstrap) => new ProducerBuilder<string?, string?>(new ProducerConfig
    {
        BootstrapServers = bootstrap,
        Acks = Acks.All,
        EnableIdempotence = true,
        Partitioner = Partitioner.Murmur2Random,
        LingerMs = 0,
    }).Build();

    /// <summary>
    /// A string consumer for Assign. Confluent.Kafka insists on a group id; with assignment by hand and nothing
    /// committed, the group is never joined.
    /// </summary>
    public static IConsumer<string?, string?> NewConsumer(string bootstrap) => new ConsumerBuilder<string?, string?>(new ConsumerConfig
    {
        BootstrapServers = bootstrap,
        GroupId = "assign-only",
        EnableAutoCommit = false,
        FetchWaitMaxMs = 100,
    }).Build();

    /// <summary>The next <paramref name="count"/> records of <paramref name="consumer"/>; fails when one takes longer than <paramref name="timeout"/>.</summary>
    public static List<ConsumeResult<string?, string?>> Consume(IConsumer<string?, string?> consumer, int count, TimeSpan timeout)
    {
        var results = new List<ConsumeResult<string?, string?>>();
        while (results.Count < count)
        {
            var result = consumer.Consume(timeout);
            Assert.True(result is not null, $"Record {results.Count + 1} of {count} did not arrive within {timeout.TotalSeconds} s.");
            results.Add(result);
        }

        return results;
    }
}
