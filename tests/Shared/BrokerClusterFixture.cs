using Microsoft.Extensions.Hosting;

namespace OrleansBroker.Testing;

/// <summary>
/// One broker cluster shared by an xUnit collection, on a temp data directory that is deleted when the collection
/// is done. Subclasses choose the silo count and the broker settings.
/// </summary>
public abstract class BrokerClusterFixture : IAsyncLifetime
{
    private BrokerTestCluster? _cluster;

    /// <summary>The running cluster.</summary>
    public BrokerTestCluster Broker => _cluster ?? throw new InvalidOperationException("The cluster has not been started.");

    /// <summary>Where the cluster keeps its data.</summary>
    public TempDataDirectory Data { get; } = new();

    /// <summary><c>Broker:*</c> settings, by <c>BrokerOptions</c> property name.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>How many silos the cluster starts with.</summary>
    protected virtual short Silos => 1;

    /// <summary>Whole configuration keys for every silo (<c>Orleans:*</c>, <c>ConnectionStrings:*</c>), beyond <see cref="Settings"/>.</summary>
    protected virtual IReadOnlyDictionary<string, string?> HostConfiguration { get; } = new Dictionary<string, string?>();

    /// <inheritdoc />
    public virtual async ValueTask InitializeAsync() =>
        _cluster = await BrokerTestCluster.StartAsync(Data.Path, Settings, Silos, HostConfiguration, ConfigureSiloHost);

    /// <summary>Adds services to every silo host, as the silo process's own hosting code does.</summary>
    protected virtual void ConfigureSiloHost(IHostApplicationBuilder host)
    {
    }

    /// <inheritdoc />
    public virtual async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        Data.Dispose();
        GC.SuppressFinalize(this);
    }
}
