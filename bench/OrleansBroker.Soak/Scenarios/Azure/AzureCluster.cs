using System.Globalization;
using OrleansBroker.Abstractions;
using OrleansBroker.Client;
using OrleansBroker.Testing.Azurite;

namespace OrleansBroker.Soak.Scenarios.Azure;

/// <summary>
/// Silo processes in cluster mode on one Azurite process, configured as the AppHost configures its silos: membership
/// and grain state in Azure Table storage, partition logs as append blobs. Azurite keeps its data in a directory, so
/// it can be stopped and started again (same ports) without losing what was stored. Disposing kills everything and
/// deletes that directory.
/// </summary>
public sealed class AzureCluster : IAsyncDisposable
{
    private readonly string _dataDirectory;

    private AzureCluster(string dataDirectory, AzuriteProcess azurite, IReadOnlyList<SiloProcess> silos)
    {
        _dataDirectory = dataDirectory;
        Azurite = azurite;
        Silos = silos;
    }

    /// <summary>The storage emulator every silo uses.</summary>
    public AzuriteProcess Azurite { get; }

    /// <summary>The silos, each of which may be killed and started again.</summary>
    public IReadOnlyList<SiloProcess> Silos { get; }

    /// <summary>Every silo's gateway, for <see cref="BrokerClient.ConnectAsync"/>.</summary>
    public string BootstrapServers => string.Join(",", Silos.Select(silo => silo.BootstrapServer));

    /// <summary>Starts Azurite, then <paramref name="silos"/> silos (together), each given <paramref name="settings"/> besides the cluster's own.</summary>
    public static async Task<AzureCluster> StartAsync(int silos, params IReadOnlyList<string> settings)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "orleansbroker-azurite", Guid.NewGuid().ToString("N"));
        var azurite = new AzuriteProcess(await AzuriteExecutable.EnsureAsync(), dataDirectory);
        var members = Enumerable.Range(0, silos).Select(_ => new SiloProcess(BuiltSilo.Dll, [.. ClusterSettings(azurite), .. settings])).ToList();
        var cluster = new AzureCluster(dataDirectory, azurite, members);
        try
        {
            await azurite.StartAsync();
            await Task.WhenAll(members.Select(silo => silo.StartAsync()));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The silo whose Orleans address (as <c>PartitionState.Host</c> names it) is <paramref name="host"/>; null for none.</summary>
    public SiloProcess? SiloAt(string host) =>
        Silos.FirstOrDefault(silo => host.Contains(string.Create(CultureInfo.InvariantCulture, $":{silo.SiloPort}@"), StringComparison.Ordinal));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var silo in Silos)
        {
            await silo.DisposeAsync();
        }

        await Azurite.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    /// <summary>What the AppHost passes each silo (see README, cluster mode), pointed at <paramref name="azurite"/> and loopback.</summary>
    private static string[] ClusterSettings(AzuriteProcess azurite) =>
    [
        "--Orleans:Clustering:ProviderType=AzureTableStorage",
        "--Orleans:Clustering:ServiceKey=clustering",
        "--Orleans:GrainStorage:broker:ProviderType=AzureTableStorage",
        "--Orleans:GrainStorage:broker:ServiceKey=grain-state",
        $"--Orleans:ClusterId={BrokerCluster.Id}",
        $"--Orleans:ServiceId={BrokerCluster.ServiceId}",
        "--Orleans:Endpoints:AdvertisedIPAddress=127.0.0.1",
        $"--ConnectionStrings:clustering={azurite.ConnectionString}",
        $"--ConnectionStrings:grain-state={azurite.ConnectionString}",
        $"--ConnectionStrings:logs={azurite.ConnectionString}",
        "--Broker:LogStorage=AzureBlob",
        // Outside Aspire nobody gives a cluster silo its HTTP port: without one, each would take 5000.
        "--urls=http://127.0.0.1:0",
    ];
}
