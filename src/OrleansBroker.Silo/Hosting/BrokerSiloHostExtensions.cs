using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using OrleansBroker.Abstractions;
using OrleansBroker.ServiceDefaults;

namespace OrleansBroker.Silo.Hosting;

/// <summary>Sets up the silo process in the mode its configuration asks for (see <see cref="ClusterConfiguration.IsCluster"/>).</summary>
public static class BrokerSiloHostExtensions
{
    /// <summary>
    /// Adds the service defaults, a health check over Orleans' own health participants and a broker silo with its
    /// Kafka listener (<see cref="KafkaListenerExtensions.AddKafkaListener"/>):
    /// <list type="bullet">
    /// <item>cluster mode (Aspire, Azure): Orleans configured from the <c>Orleans</c> section (Azure Table clustering
    /// and grain storage, silo and gateway ports from <c>Orleans:Endpoints</c>) with keyed clients for the
    /// <see cref="StorageConnectionNames"/> connection strings; HTTP where the host is told (Aspire, Azure).</item>
    /// <item>standalone: localhost clustering on <c>Orleans:Endpoints:SiloPort</c> / <c>GatewayPort</c>
    /// (11111 / 30000), everything on local disk; HTTP on a loopback port the OS picks.</item>
    /// </list>
    /// </summary>
    public static WebApplicationBuilder AddBrokerSilo(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.Services.AddSingleton<OrleansSiloHealthCheck>();
        builder.Services.AddHealthChecks().AddCheck<OrleansSiloHealthCheck>("orleans-silo");
        return ClusterConfiguration.IsCluster(builder.Configuration) ? builder.AddClusterSilo() : builder.AddStandaloneSilo();
    }

    private static WebApplicationBuilder AddClusterSilo(this WebApplicationBuilder builder)
    {
        builder.AddBrokerStorageClients();
        // Silos advertise the machine's address; the gateway also listens on loopback, for obk on this machine.
        builder.Services.PostConfigure<EndpointOptions>(endpoints => endpoints.GatewayListeningEndpoint ??= new IPEndPoint(IPAddress.Any, endpoints.GatewayPort));
        builder.UseOrleans(silo => silo
            .AddBroker(builder.Configuration)
            .AddBrokerFailureDetection(builder.Configuration)
            .AddKafkaListener(builder.Configuration));
        return builder;
    }

    private static WebApplicationBuilder AddStandaloneSilo(this WebApplicationBuilder builder)
    {
        // Several standalone silos may share a machine (the process tests start many at once): no fixed HTTP port.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (LogStorageSelection.UsesAzureBlob(builder.Configuration))
        {
            builder.AddKeyedBlobServiceClient(StorageConnectionNames.Logs);
        }

        var siloPort = builder.Configuration.GetValue("Orleans:Endpoints:SiloPort", 11111);
        var gatewayPort = builder.Configuration.GetValue("Orleans:Endpoints:GatewayPort", 30000);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort, gatewayPort, serviceId: BrokerCluster.ServiceId, clusterId: BrokerCluster.Id)
            .AddBroker(builder.Configuration)
            .AddKafkaListener(builder.Configuration));
        return builder;
    }
}
