namespace OrleansBroker.Cli.Tests.Infrastructure;

/// <summary>One silo process shared by a test collection; each test uses topics of its own.</summary>
public sealed class SiloFixture : IAsyncLifetime
{
    internal SiloProcess Silo { get; } = new(BuiltTools.SiloDll);

    /// <summary>What <c>--bootstrap-server</c> takes (the walkthrough's GW).</summary>
    public string Gw => Silo.BootstrapServer;

    public ValueTask InitializeAsync() => new(Silo.StartAsync());

    public ValueTask DisposeAsync() => Silo.DisposeAsync();
}
