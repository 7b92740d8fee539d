namespace OrleansBroker.Client.Tests.HostileInput;

/// <summary>The tests that share the single silo of <see cref="HostileSdkFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class HostileSdkCollection : ICollectionFixture<HostileSdkFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "hostile-sdk";
}
