using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrleansBroker.Client.Admin;
using OrleansBroker.Client.Internal;
using OrleansBroker.Records;

namespace OrleansBroker.Client;

/// <summary>
/// A connection to the broker through Orleans gateways; admin clients, producers and consumers are made from it
/// and share it. Connect with <see cref="ConnectAsync"/>, or wrap a cluster client the host already has.
/// </summary>
public sealed class BrokerClient : IAsyncDisposable
{
    private const int ConnectAttempts = 3;
    private readonly IHost? _host;

    private BrokerClient(IClusterClient cluster, IHost? host, string bootstrapServers, string clientHost, GatewayLossSignal gatewayLoss)
    {
        Cluster = cluster;
        GatewayLoss = gatewayLoss;
        _host = host;
        BootstrapServers = bootstrapServers;
        ClientHost = clientHost;
    }

    /// <summary>The Orleans client the broker is reached through.</summary>
    public IClusterClient Cluster { get; }

    /// <summary>The gateway endpoints connected to, as given.</summary>
    public string BootstrapServers { get; }

    /// <summary>This client's host as consumer groups show it (Kafka's HOST column), e.g. <c>/127.0.0.1</c>.</summary>
    public string ClientHost { get; }

    /// <summary>Cancels calls in flight when a gateway connection closes; never fires for a cluster client given in <see cref="FromClusterClient"/>.</summary>
    internal GatewayLossSignal GatewayLoss { get; }

    internal ITopicMetadataCache Metadata => field ??= new TopicMetadataCache(Cluster);

    /// <summary>
    /// Connects to the broker's Orleans gateways, e.g. <c>localhost:30000</c> or <c>host1:30000,host2:30000</c>.
    /// Fails with <see cref="ErrorCode.BrokerNotAvailable"/>, naming the addresses tried, when none answers.
    /// </summary>
    public static async Task<BrokerClient> ConnectAsync(string bootstrapServers, CancellationToken cancellationToken = default)
    {
        var endpoints = Internal.BootstrapServers.Parse(bootstrapServers);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton<IHostLifetime, SignalFreeLifetime>();
        var attempts = 0;
        var gatewayLoss = new GatewayLossSignal();
        builder.UseOrleansClient(client => client
            .UseBrokerGateways(bootstrapServers)
            .AddClusterConnectionStatusObserver(gatewayLoss)
            .UseConnectionRetryFilter((_, _) => Task.FromResult(++attempts < ConnectAttempts)));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new BrokerException(
                ErrorCode.BrokerNotAvailable,
                $"Could not connect to the broker at {bootstrapServers}: no Orleans gateway answered at {string.Join(", ", endpoints.Select(endpoint => endpoint.ToString()))}.",
                e);
        }

        var clientHost = endpoints.All(endpoint => IPAddress.IsLoopback(endpoint.Address)) ? "/127.0.0.1" : "/" + Dns.GetHostName();
        return new BrokerClient(host.Services.GetRequiredService<IClusterClient>(), host, bootstrapServers, clientHost, gatewayLoss);
    }

    /// <summary>Uses a cluster client that is already connected (in a silo, the frontend or a test); disposing does not stop it.</summary>
    public static BrokerClient FromClusterClient(IClusterClient cluster) => new(cluster, null, "(in-process)", "/127.0.0.1", new GatewayLossSignal());

    /// <summary>An admin client over this connection.</summary>
    public IAdminClient CreateAdminClient() => new AdminClient(Cluster, Metadata);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
    }
}
