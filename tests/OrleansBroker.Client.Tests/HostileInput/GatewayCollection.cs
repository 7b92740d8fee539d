namespace OrleansBroker.Client.Tests.HostileInput;

/// <summary>The tests that share the silo process of <see cref="GatewaySiloFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewaySiloFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "hostile-gateway";
}
