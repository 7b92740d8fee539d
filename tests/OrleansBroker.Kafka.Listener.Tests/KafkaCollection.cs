namespace OrleansBroker.Kafka.Listener.Tests;

/// <summary>The tests that share the two-silo cluster of <see cref="KafkaFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class KafkaCollection : ICollectionFixture<KafkaFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "kafka";
}
