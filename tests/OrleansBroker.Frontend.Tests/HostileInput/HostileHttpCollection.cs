namespace OrleansBroker.Frontend.Tests.HostileInput;

/// <summary>The tests that share the silo and frontend of <see cref="HostileHttpFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class HostileHttpCollection : ICollectionFixture<HostileHttpFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "hostile-http";
}
