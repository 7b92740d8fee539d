namespace OrleansBroker.Cli.Tests.Infrastructure;

/// <summary>The consumer group tests: one silo, tests one at a time; in parallel with other collections.</summary>
[CollectionDefinition(Name)]
public sealed class GroupsCollection : ICollectionFixture<GroupSiloFixture>
{
    public const string Name = "groups";
}
