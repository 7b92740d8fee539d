namespace OrleansBroker.Kafka.Listener.Tests.HostileInput;

/// <summary>The tests that share the single silo of <see cref="HostileInputFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class HostileInputCollection : ICollectionFixture<HostileInputFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "hostile-input";
}
