namespace OrleansBroker.Client.Tests;

/// <summary>The tests that share the default broker of <see cref="BrokerFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<BrokerFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "broker";
}
