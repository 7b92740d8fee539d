using Confluent.Kafka;
using Confluent.Kafka.Admin;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.Compatibility;

/// <summary>Confluent.Kafka (librdkafka) clients of the fixture's listeners, as an application would configure them.</summary>
public abstract class ConfluentTestBase(KafkaFixture fixture)
{
    /// <summary>How long a record or an admin answer may take before a test fails.</summary>
    protected static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>The cluster.</summary>
    protected KafkaFixture Fixture => fixture;

    /// <summary>bootstrap.servers: the first silo's listener.</summary>
    protected string Bootstrap => fixture.Broker.KafkaBootstrapServers;

    /// <summary>Cancelled when the test is aborted.</summary>
    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>An admin client.</summary>
    protected IAdminClient NewAdmin() => new AdminClientBuilder(new AdminClientConfig { BootstrapServers = Bootstrap }).Build();

    /// <summary>A string producer with acks=all (<see cref="ConfluentClients.NewProducer"/>).</summary>
    protected IProducer<string?, string?> NewProducer() => ConfluentClients.NewProducer(Bootstrap);

    /// <summary>A string consumer for Assign (<see cref="ConfluentClients.NewConsumer"/>).</summary>
    protected IConsumer<string?, string?> NewConsumer() => ConfluentClients.NewConsumer(Bootstrap);

    /// <summary>Creates a topic through the listener; returns its name.</summary>
    protected async Task<string> CreateTopicAsync(string prefix, int partitions = 1)
    {
        var name = TestTopics.Unique(prefix);
        using var admin = NewAdmin();
        await admin.CreateTopicsAsync([new TopicSpecification { Name = name, NumPartitions = partitions, ReplicationFactor = 1 }]);
        return name;
    }

    /// <summary>The next <paramref name="count"/> records of <paramref name="consumer"/>; fails when one is late.</summary>
    protected static List<ConsumeResult<string?, string?>> Consume(IConsumer<string?, string?> consumer, int count) =>
        ConfluentClients.Consume(consumer, count, Timeout);
}
