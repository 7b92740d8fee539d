namespace OrleansBroker.Cli.Tests.Infrastructure;

/// <summary>The obk topics tests: one silo, tests one at a time (so listings are exact); in parallel with other collections.</summary>
[CollectionDefinition(Name)]
public sealed class TopicsCollection : ICollectionFixture<SiloFixture>
{
    public const string Name = "topics";
}
