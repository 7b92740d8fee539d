namespace OrleansBroker.Client.Tests.Producing;

/// <summary>The tests that need the broker of <see cref="LostAnswersFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class LostAnswersCollection : ICollectionFixture<LostAnswersFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "broker-lost-answers";
}
