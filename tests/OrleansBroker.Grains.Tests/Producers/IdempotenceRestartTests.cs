using OrleansBroker.Abstractions.Producers;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Testing;

namespace OrleansBroker.Grains.Tests.Producers;

/// <summary>
/// Idempotence across a silo restart: producer ids handed out after it differ from every one before, and a partition
/// still recognises a producer's resent batch (answered with the original offset, not stored again) and a gap in its
/// sequence. Each test runs its own cluster.
/// </summary>
public sealed class IdempotenceRestartTests
{
    [Fact]
    public async Task InitProducerIdAsync_AfterSiloRestart_NeverRepeatsAnId()
    {
        using var data = new TempDataDirectory();
        await using var broker = await BrokerTestCluster.StartAsync(data.Path);
        var before = await InitProducerIdsAsync(broker, 3);

        await broker.RestartFirstSiloAsync(TestContext.Current.CancellationToken);

        var after = await InitProducerIdsAsync(broker, 3);
        Assert.Equal(6, before.Concat(after).Distinct().Count());
    }

    [Fact]
    public async Task AppendAsync_AfterSiloRestart_RecognisesResendsAndGaps()
    {
        using var data = new TempDataDirectory();
        await using var broker = await BrokerTestCluster.StartAsync(data.Path);
        var topic = await broker.Registry.CreateTopicAsync(new TopicSpecification { Name = TestTopics.Unique("restart") });
        var batch = Batches.Idempotent(7, 0, 0, "a", "b");
        await broker.Partition(topic.Name, 0).AppendAsync(batch);

        await broker.RestartFirstSiloAsync(TestContext.Current.CancellationToken);

        var partition = broker.Partition(topic.Name, 0);
        Assert.Equal(0, (await partition.AppendAsync(batch)).BaseOffset);
        await BrokerAssert.FailsAsync(ErrorCode.OutOfOrderSequenceNumber, () => partition.AppendAsync(Batches.Idempotent(7, 0, 3, "gap")));
        Assert.Equal(["a", "b"], await PartitionReader.ReadValuesAsync(partition));
    }

    private static async Task<long[]> InitProducerIdsAsync(BrokerTestCluster broker, int count)
    {
        var grain = broker.Client.GetGrain<IProducerIdGrain>(IProducerIdGrain.Key);
        var ids = new long[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = (await grain.InitProducerIdAsync()).ProducerId;
        }

        return ids;
    }
}
