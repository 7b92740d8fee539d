using Azure.Storage.Blobs.Models;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests.Failover;

/// <summary>
/// Failover on shared storage: killing the silo that hosts a partition makes the partition available again on a
/// surviving silo, with every acknowledged record still there exactly once and new records following them; the
/// topic's metadata survives too, and describe names the new leader. The replication factor may go up to the
/// copies Azure Storage keeps (3), and no further.
/// </summary>
[Collection(FailoverCollection.Name)]
public sealed class PartitionFailoverTests(AzureClusterFixture fixture) : SdkTestBase(fixture)
{
    [Fact]
    public async Task KillSilo_HostingThePartition_SurvivorServesEveryAcknowledgedRecordOnce()
    {
        var topic = await CreateTopicAsync("failover", partitions: 2);
        var before = await ProduceAsync(topic, Values(0, 300));
        var leaderHost = (await Broker.Partition(topic, 0).GetStateAsync()).Host;
        var victim = Broker.Cluster.Silos.Single(silo => silo.SiloAddress.ToParsableString() == leaderHost);

        await Broker.Cluster.KillSiloAsync(victim, Cancellation);
        var after = await ProduceAsync(topic, Values(300, 400));

        var stored = (await ReadAsync(topic, 0, Offset.Beginning, count: 200))
            .Concat(await ReadAsync(topic, 1, Offset.Beginning, count: 200))
            .Select(record => (record.Partition, record.Offset, record.Message.Value))
            .Order();
        var acknowledged = before.Concat(after)
            .Select(delivery => (delivery.Partition, delivery.Offset, delivery.Message.Value))
            .Order();
        Assert.Equal(acknowledged, stored);
        var highWatermarks = await Task.WhenAll(Enumerable.Range(0, 2).Select(async p => (await Broker.Partition(topic, p).GetStateAsync()).HighWatermark));
        Assert.Equal([200L, 200L], highWatermarks);
        Assert.Equal((short)1, (await Admin.DescribeTopicAsync(topic)).Metadata.ReplicationFactor);
        Assert.DoesNotContain(victim, Broker.Cluster.Silos);
        var newHost = (await Broker.Partition(topic, 0).GetStateAsync()).Host;
        Assert.NotEqual(leaderHost, newHost);
        Assert.Contains(newHost, Broker.Cluster.Silos.Select(silo => silo.SiloAddress.ToParsableString()));
        Assert.Contains($"{topic}-0/00000000000000000000.log", await LogBlobsAsync(topic));
        Assert.False(Directory.Exists(Path.Combine(fixture.Data.Path, "logs")), "Logs were written to local disk, not to blob storage.");
    }

    [Fact]
    public async Task DescribeTopic_AfterTheLeaderDies_NamesALiveBrokerAsLeader()
    {
        var topic = await CreateTopicAsync("failover-describe");
        await ProduceAsync(topic, "a");
        var leaderHost = (await Broker.Partition(topic, 0).GetStateAsync()).Host;
        await Broker.Cluster.KillSiloAsync(Broker.Cluster.Silos.Single(silo => silo.SiloAddress.ToParsableString() == leaderHost), Cancellation);

        await ProduceAsync(topic, "b");
        var partition = Assert.Single((await Admin.DescribeTopicAsync(topic)).Partitions);

        Assert.InRange(partition.Leader, 1, Broker.Cluster.Silos.Count);
        Assert.Equal(["a", "b"], (await ReadAsync(topic, 0, Offset.Beginning, count: 2)).Select(record => record.Message.Value));
    }

    [Fact]
    public async Task CreateTopic_ReplicationFactorUpToTheStorageCopies_IsAcceptedAndBeyondIsRefused()
    {
        var accepted = await Admin.CreateTopicAsync(new TopicSpecification { Name = TestTopics.Unique("rf3"), ReplicationFactor = 3 });
        var refused = TestTopics.Unique("rf4");

        var error = await BrokerAssert.FailsAsync(
            ErrorCode.InvalidReplicationFactor,
            () => Admin.CreateTopicAsync(new TopicSpecification { Name = refused, ReplicationFactor = 4 }));

        Assert.Equal((short)3, accepted.ReplicationFactor);
        Assert.Contains("keeps 3 copies", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(refused, await Admin.ListTopicsAsync());
    }

    /// <summary>Names of the blobs in the log container that belong to <paramref name="topic"/>.</summary>
    private async Task<List<string>> LogBlobsAsync(string topic)
    {
        var names = new List<string>();
        var container = fixture.Azurite.BlobServiceClient().GetBlobContainerClient("logs");
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, topic + "-", Cancellation))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    private static string[] Values(int from, int to) => [.. Enumerable.Range(from, to - from).Select(i => $"r{i}")];
}
