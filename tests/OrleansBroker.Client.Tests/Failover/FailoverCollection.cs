namespace OrleansBroker.Client.Tests.Failover;

/// <summary>The tests that kill silos of the Azure-backed cluster of <see cref="AzureClusterFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class FailoverCollection : ICollectionFixture<AzureClusterFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "failover";
}
