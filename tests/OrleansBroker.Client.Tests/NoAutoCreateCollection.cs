namespace OrleansBroker.Client.Tests;

/// <summary>The tests that need the broker of <see cref="NoAutoCreateFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class NoAutoCreateCollection : ICollectionFixture<NoAutoCreateFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "broker-no-auto-create";
}
