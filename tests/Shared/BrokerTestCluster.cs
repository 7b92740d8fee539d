using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.TestingHost;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Kafka.Listener;
using OrleansBroker.Silo.Hosting;

namespace OrleansBroker.Testing;

/// <summary>
/// Broker silos in this process (Orleans' <see cref="InProcessTestCluster"/>), each set up by <c>AddBroker</c> as the
/// real silo host is, over a data directory the caller owns: a later cluster on the same directory finds every topic
/// and record an earlier one stored. Each silo's Kafka listener is on 127.0.0.1, on a port the system picks (clusters
/// of several test projects run at once), unless the configuration says otherwise.
/// </summary>
public sealed class BrokerTestCluster : IAsyncDisposable
{
    private BrokerTestCluster(InProcessTestCluster cluster) => Cluster = cluster;

    /// <summary>The Orleans test cluster: its silos can be stopped, restarted and added.</summary>
    public InProcessTestCluster Cluster { get; }

    /// <summary>The cluster's client.</summary>
    public IClusterClient Client => Cluster.Client;

    /// <summary>The topic registry grain.</summary>
    public ITopicRegistryGrain Registry => Client.GetGrain<ITopicRegistryGrain>(ITopicRegistryGrain.Key);

    /// <summary>
    /// Starts <paramref name="silos"/> silos storing everything under <paramref name="dataDirectory"/>, with
    /// <paramref name="settings"/> as <c>Broker:*</c> configuration (keys are <c>BrokerOptions</c> property names).
    /// <paramref name="hostConfiguration"/> adds whole keys (<c>Orleans:*</c>, <c>ConnectionStrings:*</c>) to every silo's
    /// configuration, and <paramref name="configureSiloHost"/> adds services to every silo host, as the silo process does.
    /// </summary>
    public static async Task<BrokerTestCluster> StartAsync(
        string dataDirectory,
        IReadOnlyDictionary<string, string>? settings = null,
        short silos = 1,
        IReadOnlyDictionary<string, string?>? hostConfiguration = null,
        Action<IHostApplicationBuilder>? configureSiloHost = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Broker:DataDirectory"] = dataDirectory,
            ["Broker:Kafka:Host"] = "127.0.0.1",
            ["Broker:Kafka:Port"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            values["Broker:" + key] = value;
        }

        foreach (var (key, value) in hostConfiguration ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddConfiguration(configuration);
            configureSiloHost?.Invoke(host);
        });
        builder.ConfigureSilo((_, silo) => silo.AddBroker(configuration).AddKafkaListener(configuration));
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return new BrokerTestCluster(cluster);
    }

    /// <summary>
    /// Restarts the first silo in place (a clean stop, then a start on the same data). It listens at a new address
    /// afterwards, so the client, whose only gateway it was, connects again.
    /// </summary>
    public async Task RestartFirstSiloAsync(CancellationToken cancellationToken)
    {
        await Cluster.RestartSiloAsync(Cluster.Silos[0]);
        await Cluster.StopClusterClientAsync(cancellationToken);
        await Cluster.InitializeClientAsync(cancellationToken);
    }

    /// <summary>The partition grain of <paramref name="topic"/>-<paramref name="partition"/>.</summary>
    public IPartitionGrain Partition(string topic, int partition) =>
        Client.GetGrain<IPartitionGrain>(new TopicPartition(topic, partition).ToGrainKey());

    /// <summary>The Kafka listener of each running silo.</summary>
    public IReadOnlyList<KafkaListener> KafkaListeners =>
        [.. Cluster.Silos.Where(silo => silo.IsActive).Select(silo => silo.ServiceProvider.GetRequiredService<KafkaListener>())];

    /// <summary>The first silo's Kafka listener as a bootstrap.servers value (<c>127.0.0.1:port</c>).</summary>
    public string KafkaBootstrapServers => $"{KafkaListeners[0].Broker.Host}:{KafkaListeners[0].Broker.Port}";

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Cluster.DisposeAsync();
}
