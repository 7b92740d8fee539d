using System.Globalization;
using Microsoft.Extensions.Configuration;
using OrleansBroker.AppHost;

var builder = DistributedApplication.CreateBuilder(args);

// Storage: Azurite on this machine when running; when publishing (Azure) it is not in the model and the three
// connection strings are parameters (a connection string, or an https endpoint reached with managed identity).
var azurite = builder.ExecutionContext.IsPublishMode ? null : builder.AddAzurite("azurite");
IResourceBuilder<IResourceWithConnectionString> Connection(string name, string service) =>
    azurite is null ? builder.AddConnectionString(name) : builder.AddConnectionString(name, azurite.ConnectionString(service));

var clustering = Connection("clustering", AzuriteExtensions.Table).WithOrleansProviderType("AzureTableStorage");
var grainState = Connection("grain-state", AzuriteExtensions.Table).WithOrleansProviderType("AzureTableStorage");
var logs = Connection("logs", AzuriteExtensions.Blob);

// Fixed ids: grain state is keyed by the service id, so topics outlive a restart of the app host
// (Azurite:DataDirectory), and clients such as obk join with the cluster id the SDK uses (BrokerCluster.Id).
var orleans = builder.AddOrleans("cluster")
    .WithClusterId("orleans-broker")
    .WithServiceId("orleans-broker")
    .WithClustering(clustering)
    .WithGrainStorage("broker", grainState);

// Three silos ("brokers") on fixed ports, so `--bootstrap-server localhost:30000` reaches the cluster as it reaches a
// standalone silo: gateways on Cluster:GatewayBasePort + i (30000..30002), silo-to-silo on Cluster:SiloBasePort + i.
var gatewayBasePort = builder.Configuration.GetValue("Cluster:GatewayBasePort", 30000);
var siloBasePort = builder.Configuration.GetValue("Cluster:SiloBasePort", 11111);
// Each silo is also Kafka broker i + 1, listening on Cluster:KafkaBasePort + i (9092..9094) and advertising localhost,
// so `kcat -L -b localhost:9092` lists three brokers that clients on this machine reach.
var kafkaBasePort = builder.Configuration.GetValue("Cluster:KafkaBasePort", 9092);
var silos = new List<IResourceBuilder<ProjectResource>>();
for (var i = 0; i < 3; i++)
{
    var silo = builder.AddProject<Projects.OrleansBroker_Silo>($"silo-{i + 1}")
        .WithReference(orleans)
        .WithEndpoint("orleans-silo", FixedPort(siloBasePort + i), createIfNotExists: false)
        .WithEndpoint("orleans-gateway", FixedPort(gatewayBasePort + i), createIfNotExists: false)
        .WithEndpoint(port: kafkaBasePort + i, targetPort: kafkaBasePort + i, scheme: "tcp", name: "kafka", env: "Broker__Kafka__Port", isProxied: false)
        .WithEnvironment("Broker__Kafka__NodeId", (i + 1).ToString(CultureInfo.InvariantCulture))
        .WithEnvironment("Broker__Kafka__AdvertisedHost", "localhost")
        .WithReference(logs)
        .WithEnvironment("Broker__LogStorage", "AzureBlob")
        .WithHttpHealthCheck("/health");
    if (azurite is not null)
    {
        silo.WaitFor(azurite);
    }

    silos.Add(silo);
}

// The web frontend: an Orleans client of the silos (membership from the clustering table), on its own HTTP port.
var frontend = builder.AddProject<Projects.OrleansBroker_Frontend>("frontend")
    .WithReference(orleans.AsClient())
    .WithReference(clustering)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health");
foreach (var silo in silos)
{
    frontend.WaitFor(silo);
}

builder.Build().Run();

// Orleans' reference adds its endpoints proxied with ports picked at run time; these are reached directly instead.
static Action<EndpointAnnotation> FixedPort(int port) => endpoint => (endpoint.Port, endpoint.TargetPort, endpoint.IsProxied) = (port, port, false);
