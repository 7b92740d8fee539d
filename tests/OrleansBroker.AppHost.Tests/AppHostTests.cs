using System.Net;
using System.Net.Sockets;
using Aspire.Hosting.Testing;
using Azure.Storage.Blobs;
using Kafka = Confluent.Kafka;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Client.Producing;
using OrleansBroker.Testing;

namespace OrleansBroker.AppHost.Tests;

/// <summary>
/// The whole system as <c>dotnet run --project AppHost</c> runs it: Azurite and three silos that form one cluster
/// through Azure Table clustering, reached by an Orleans client that finds them the same way. Keyed records produced
/// through the SDK come back exactly, and because topics live in Azure Table storage and partition logs in Azure Blob
/// storage, both are still there after every silo has been restarted. Clients on this machine also reach the silos
/// through their gateways' fixed ports, localhost:30000 to 30002, as <c>obk</c> does, and Kafka clients find three
/// brokers on localhost:9092 to 9094.
/// </summary>
public sealed class AppHostTests(AppHostFixture fixture) : IClassFixture<AppHostFixture>
{
    private const int TestTimeoutMs = 5 * 60 * 1000;
    private const int Partitions = 3;
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(30);

    [Fact(Timeout = TestTimeoutMs)]
    public async Task AppHost_Started_ThreeSilosFormOneClusterThroughAzureTable()
    {
        await using var connection = await ClusterConnection.ConnectAsync(fixture);

        // Aspire's health check reaches the replicas through one proxy, so "healthy" does not yet mean "joined".
        var active = await WaitForClusterAsync(connection, "every silo to join the cluster");

        Assert.Equal(AppHostFixture.SiloNames.Count, active.Distinct().Count());
    }

    [Fact(Timeout = TestTimeoutMs)]
    public async Task AppHost_BootstrapServersOnLocalhost_ReachTheClusterAsObkDoes()
    {
        await using var connection = await ClusterConnection.ConnectAsync(fixture);
        var topic = await CreateTopicAsync(connection.Broker, "walkthrough");
        var delivered = await ProduceKeyedAsync(connection.Broker, topic);

        // What `obk --bootstrap-server localhost:30000` does: the gateways of the three silos on their fixed ports.
        await using var gateways = await BrokerClient.ConnectAsync("localhost:30000,localhost:30001,localhost:30002", TestContext.Current.CancellationToken);

        Assert.Contains(topic, await gateways.CreateAdminClient().ListTopicsAsync());
        Assert.Equal(Records(delivered), await ConsumeAllAsync(gateways, topic, delivered.Count));
    }

    [Fact(Timeout = TestTimeoutMs)]
    public async Task AppHost_KafkaClientOnLocalhost9092_SeesThreeBrokersAndProducesThroughEach()
    {
        await using var connection = await ClusterConnection.ConnectAsync(fixture);
        await WaitForClusterAsync(connection, "every silo to join the cluster");
        var topic = await CreateTopicAsync(connection.Broker, "kafka-clients");
        using var admin = new Kafka.AdminClientBuilder(new Kafka.AdminClientConfig { BootstrapServers = "localhost:9092" }).Build();

        // What `kcat -L -b localhost:9092` shows: each silo's broker, advertised on localhost with its own port.
        var metadata = await Eventually.MatchesAsync(
            () => Task.FromResult(admin.GetMetadata(topic, TimeSpan.FromSeconds(10))),
            found => found.Brokers.Count == AppHostFixture.SiloNames.Count,
            "every silo's Kafka broker to be listed",
            AppHostFixture.StartTimeout);
        var delivered = new List<(int Partition, long Offset, string? Key, string? Value)>();
        using (var producer = new Kafka.ProducerBuilder<string, string>(new Kafka.ProducerConfig
        {
            BootstrapServers = "localhost:9092",
            Acks = Kafka.Acks.All,
            EnableIdempotence = true,
            Partitioner = Kafka.Partitioner.Murmur2Random,
        }).Build())
        {
            for (var i = 0; i < 12; i++)
            {
                var result = await producer.ProduceAsync(topic, new Kafka.Message<string, string> { Key = $"customer-{i % 6}", Value = $"order-{i}" }, TestContext.Current.CancellationToken);
                delivered.Add((result.Partition.Value, result.Offset.Value, result.Message.Key, result.Message.Value));
            }
        }

        Assert.Equal(
            [(1, "localhost", 9092), (2, "localhost", 9093), (3, "localhost", 9094)],
            metadata.Brokers.Select(broker => (broker.BrokerId, broker.Host, broker.Port)).Order());
        // Three partitions led by three brokers: the producer sent through each of them.
        Assert.Equal([1, 2, 3], Assert.Single(metadata.Topics).Partitions.Select(partition => partition.Leader).Order());
        Assert.Equal(delivered.Order(), await ConsumeAllAsync(connection.Broker, topic, delivered.Count));
    }

    [Fact(Timeout = TestTimeoutMs)]
    public async Task AppHost_KeyedRecordsProduced_ConsumedBackExactly()
    {
        await using var connection = await ClusterConnection.ConnectAsync(fixture);
        var topic = await CreateTopicAsync(connection.Broker, "orders");

        var delivered = await ProduceKeyedAsync(connection.Broker, topic);

        AssertKafkaPlacement(delivered);
        Assert.Equal(Records(delivered), await ConsumeAllAsync(connection.Broker, topic, delivered.Count));
    }

    [Fact(Timeout = TestTimeoutMs)]
    public async Task AppHost_EverySiloRestarted_KeepsTopicAndRecords()
    {
        string topic;
        List<DeliveryResult<string, string>> delivered;
        List<SiloAddress> before;
        await using (var connection = await ClusterConnection.ConnectAsync(fixture))
        {
            topic = await CreateTopicAsync(connection.Broker, "durable");
            delivered = await ProduceKeyedAsync(connection.Broker, topic);
            before = await WaitForClusterAsync(connection, "every silo to join the cluster");
        }

        var stopped = await fixture.StopSilosAsync();
        await Eventually.MatchesAsync(
            () => ListeningAsync(before),
            listening => listening.Count == 0,
            $"every silo to stop (DCP said: {stopped})",
            AppHostFixture.StartTimeout);
        await fixture.StartSilosAsync();

        await using var restarted = await ClusterConnection.ConnectAsync(fixture);
        var after = await WaitForClusterAsync(restarted, "every restarted silo to join the cluster");
        Assert.Empty(after.Intersect(before));
        var description = await restarted.Broker.CreateAdminClient().DescribeTopicAsync(topic);
        Assert.Equal(Partitions, description.Metadata.PartitionCount);
        Assert.Equal(Records(delivered), await ConsumeAllAsync(restarted.Broker, topic, delivered.Count));
        await AssertLogsInAzureBlobAsync(topic);
    }

    /// <summary>The silo-to-silo endpoints of <paramref name="silos"/> that still accept connections.</summary>
    private static async Task<List<IPEndPoint>> ListeningAsync(List<SiloAddress> silos)
    {
        var listening = new List<IPEndPoint>();
        foreach (var endpoint in silos.Select(silo => silo.Endpoint))
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(endpoint, TestContext.Current.CancellationToken);
                listening.Add(endpoint);
            }
            catch (SocketException)
            {
                // Refused: that silo is gone.
            }
        }

        return listening;
    }

    /// <summary>Waits until exactly as many silos as the AppHost runs are active; returns them.</summary>
    private static Task<List<SiloAddress>> WaitForClusterAsync(ClusterConnection connection, string what) =>
        Eventually.MatchesAsync(
            async () => (await connection.Cluster.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, TestContext.Current.CancellationToken)).Keys.ToList(),
            active => active.Count == AppHostFixture.SiloNames.Count,
            what,
            AppHostFixture.StartTimeout);

    private static async Task<string> CreateTopicAsync(BrokerClient broker, string prefix)
    {
        var topic = TestTopics.Unique(prefix);
        await broker.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = Partitions });
        return topic;
    }

    /// <summary>Twelve records over six keys, each key twice, produced one after another.</summary>
    private static async Task<List<DeliveryResult<string, string>>> ProduceKeyedAsync(BrokerClient broker, string topic)
    {
        await using var producer = new ProducerBuilder<string, string>(broker).Build();
        var delivered = new List<DeliveryResult<string, string>>();
        for (var i = 0; i < 12; i++)
        {
            var message = new Message<string, string> { Key = $"customer-{i % 6}", Value = $"order-{i}" };
            delivered.Add(await producer.ProduceAsync(topic, message, TestContext.Current.CancellationToken));
        }

        return delivered;
    }

    /// <summary>Each key stays on one partition, and each partition's offsets run from 0 without gaps.</summary>
    private static void AssertKafkaPlacement(List<DeliveryResult<string, string>> delivered)
    {
        Assert.All(delivered.GroupBy(result => result.Message.Key), key => Assert.Single(key.Select(result => result.Partition).Distinct()));
        Assert.All(delivered.GroupBy(result => result.Partition), partition =>
            Assert.Equal(Enumerable.Range(0, partition.Count()).Select(offset => (long)offset), partition.Select(result => result.Offset)));
    }

    /// <summary>Every record of the topic's partitions, read from the beginning, in (partition, offset) order.</summary>
    private static async Task<List<(int Partition, long Offset, string? Key, string? Value)>> ConsumeAllAsync(BrokerClient broker, string topic, int count)
    {
        await using var consumer = new ConsumerBuilder<string, string>(broker).Build();
        await consumer.AssignAsync(Enumerable.Range(0, Partitions).Select(partition => new TopicPartitionOffset(topic, partition, Offset.Beginning)));
        var consumed = new List<ConsumeResult<string, string>>();
        while (consumed.Count < count)
        {
            var result = await consumer.ConsumeAsync(ArrivalTimeout, TestContext.Current.CancellationToken);
            Assert.True(result is not null, $"Record {consumed.Count + 1} of {count} of {topic} did not arrive within {ArrivalTimeout.TotalSeconds} s.");
            consumed.Add(result);
        }

        return [.. consumed.Select(result => (result.Partition, result.Offset, result.Message.Key, result.Message.Value)).Order()];
    }

    private static List<(int Partition, long Offset, string? Key, string? Value)> Records(List<DeliveryResult<string, string>> delivered) =>
        [.. delivered.Select(result => (result.Partition, result.Offset, result.Message.Key, result.Message.Value)).Order()];

    /// <summary>Each partition of <paramref name="topic"/> has its log (Kafka's <c>topic-partition</c>) in the "logs" blob storage.</summary>
    private async Task AssertLogsInAzureBlobAsync(string topic)
    {
        var blobs = new BlobServiceClient(await fixture.App.GetConnectionStringAsync("logs", TestContext.Current.CancellationToken));
        var names = new List<string>();
        await foreach (var container in blobs.GetBlobContainersAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            await foreach (var blob in blobs.GetBlobContainerClient(container.Name).GetBlobsAsync(cancellationToken: TestContext.Current.CancellationToken))
            {
                names.Add($"{container.Name}/{blob.Name}");
            }
        }

        Assert.All(Enumerable.Range(0, Partitions), partition => Assert.Contains(names, name => name.Contains($"{topic}-{partition}", StringComparison.Ordinal)));
    }
}
