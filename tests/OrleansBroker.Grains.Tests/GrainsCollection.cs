namespace OrleansBroker.Grains.Tests;

/// <summary>The tests that share the broker of <see cref="GrainsFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class GrainsCollection : ICollectionFixture<GrainsFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "grains";
}
