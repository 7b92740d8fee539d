using Aspire.Hosting.Testing;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Clustering.AzureStorage;
using Orleans.Configuration;
using OrleansBroker.Client;

namespace OrleansBroker.AppHost.Tests;

/// <summary>
/// An Orleans client in the test process that joins the AppHost's cluster as any client there does: it finds the
/// gateways in the Azure Table membership (the "clustering" connection string) under the silos' cluster and service
/// ids. Disposing disconnects it.
/// </summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(60);
    private readonly IHost _host;

    private ClusterConnection(IHost host)
    {
        _host = host;
        Cluster = host.Services.GetRequiredService<IClusterClient>();
        Broker = BrokerClient.FromClusterClient(Cluster);
    }

    /// <summary>The Orleans client.</summary>
    public IClusterClient Cluster { get; }

    /// <summary>The SDK over <see cref="Cluster"/>.</summary>
    public BrokerClient Broker { get; }

    /// <summary>Connects to the cluster of <paramref name="fixture"/>'s silos.</summary>
    public static async Task<ClusterConnection> ConnectAsync(AppHostFixture fixture)
    {
        using var deadline = new CancellationTokenSource(ConnectTimeout);
        var connectionString = await fixture.App.GetConnectionStringAsync("clustering", deadline.Token)
            ?? throw new InvalidOperationException("The AppHost has no \"clustering\" connection string.");
        // The ids every silo was started with, as the dashboard shows them.
        var siloEnvironment = fixture.Silos[0].Snapshot.EnvironmentVariables.ToDictionary(variable => variable.Name, variable => variable.Value);
        string Setting(string name) => siloEnvironment.GetValueOrDefault(name) ?? throw new InvalidOperationException($"The silos were started without {name}.");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client => client
            .Configure<ClusterOptions>(options =>
            {
                options.ClusterId = Setting("Orleans__ClusterId");
                options.ServiceId = Setting("Orleans__ServiceId");
            })
            // Restarted silos come back on new ports: look for gateways often rather than once a minute.
            .Configure<GatewayOptions>(options => options.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1))
            .UseAzureStorageClustering((AzureStorageGatewayOptions options) => options.TableServiceClient = new TableServiceClient(connectionString)));
        var host = builder.Build();
        try
        {
            await host.StartAsync(deadline.Token);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new ClusterConnection(host);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Broker.DisposeAsync();
        await _host.StopAsync();
        _host.Dispose();
    }
}
