using OrleansBroker.Testing.Processes;

namespace OrleansBroker.Client.Tests.HostileInput;

/// <summary>
/// A real silo process, since only it listens on a TCP gateway (the in-process test cluster's transport is in memory),
/// and an SDK client connected through that gateway.
/// </summary>
public sealed class GatewaySiloFixture : IAsyncLifetime
{
    /// <summary>The silo process.</summary>
    public SiloProcess Silo { get; } = new(Path.Combine(AppContext.BaseDirectory, "OrleansBroker.Silo.dll"));

    /// <summary>What the silo printed at error level or above (the console logger's <c>fail:</c> and <c>crit:</c>).</summary>
    public IReadOnlyList<string> Errors => [.. Silo.Output.Where(line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))];

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => await Silo.StartAsync();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Silo.DisposeAsync();
}
