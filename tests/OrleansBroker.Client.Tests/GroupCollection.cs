namespace OrleansBroker.Client.Tests;

/// <summary>The tests that need the broker of <see cref="GroupFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class GroupCollection : ICollectionFixture<GroupFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "broker-groups";
}
