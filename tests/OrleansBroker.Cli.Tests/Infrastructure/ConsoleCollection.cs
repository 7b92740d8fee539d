namespace OrleansBroker.Cli.Tests.Infrastructure;

/// <summary>The console producer and consumer tests: one silo, tests one at a time; in parallel with other collections.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<SiloFixture>
{
    public const string Name = "console";
}
