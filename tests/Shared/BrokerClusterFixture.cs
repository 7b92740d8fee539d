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

    /// <inheritdoc />
    public virtual async ValueTask InitializeAsync() => _cluster = await BrokerTestCluster.StartAsync(Data.Path, Settings);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        Data.Dispose();
        GC.SuppressFinalize(this);
    }
}
