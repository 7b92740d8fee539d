namespace OrleansBroker.Client.Tests.Producing;

/// <summary>The tests that need the broker of <see cref="BackPressureFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BackPressureCollection : ICollectionFixture<BackPressureFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "broker-back-pressure";
}
