using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Testing;

namespace OrleansBroker.Grains.Tests;

/// <summary>
/// Durability across restarts (walkthrough section 1: stopping and starting again keeps everything): after the
/// silo is restarted in place, and after a whole new cluster starts on the same data directory, every topic (with
/// its id, partition count and configs), every record, and each partition's log start offset and high watermark are
/// as they were, and appends continue at the next offset. Each test runs its own cluster.
/// </summary>
public sealed class BrokerRestartTests
{
    [Fact]
    public async Task RestartSiloAsync_TheOnlySilo_KeepsTopicsRecordsAndOffsets()
    {
        using var data = new TempDataDirectory();
        await using var broker = await BrokerTestCluster.StartAsync(data.Path);
        var topics = await FillAsync(broker);
        var before = await SnapshotAsync(broker, topics);

        await broker.RestartFirstSiloAsync(TestContext.Current.CancellationToken);

        Assert.Equal(before, await SnapshotAsync(broker, topics));
        await AssertAppendsContinueAsync(broker, topics);
    }

    [Fact]
    public async Task StartAsync_NewClusterOnTheSameDataDirectory_FindsEverything()
    {
        using var data = new TempDataDirectory();
        List<string> topics, before;
        await using (var first = await BrokerTestCluster.StartAsync(data.Path))
        {
            topics = await FillAsync(first);
            before = await SnapshotAsync(first, topics);
        }

        await using var second = await BrokerTestCluster.StartAsync(data.Path);

        Assert.Equal(before, await SnapshotAsync(second, topics));
        await AssertAppendsContinueAsync(second, topics);
    }

    /// <summary>Two topics: one with two partitions, records in both and the log start of partition 0 moved; one with a config.</summary>
    private static async Task<List<string>> FillAsync(BrokerTestCluster broker)
    {
        var wide = await broker.Registry.CreateTopicAsync(new TopicSpecification { Name = TestTopics.Unique("wide"), NumPartitions = 2 });
        var configured = await broker.Registry.CreateTopicAsync(new TopicSpecification
        {
            Name = TestTopics.Unique("configured"),
            Configs = new Dictionary<string, string> { [TopicConfigNames.RetentionMs] = "-1" },
        });
        await broker.Partition(wide.Name, 0).AppendAsync(Batches.Of("a", "b", "c"));
        await broker.Partition(wide.Name, 0).AppendAsync(Batches.Of("d"));
        await broker.Partition(wide.Name, 1).AppendAsync(Batches.At(1234, "e"));
        await broker.Partition(configured.Name, 0).AppendAsync(Batches.Of("f"));
        await broker.Partition(wide.Name, 0).DeleteRecordsBeforeAsync(2);
        return [wide.Name, configured.Name];
    }

    /// <summary>Everything the broker knows of <paramref name="topics"/>, one line per topic and per partition.</summary>
    private static async Task<List<string>> SnapshotAsync(BrokerTestCluster broker, List<string> topics)
    {
        var lines = new List<string> { "listed: " + string.Join(",", (await broker.Registry.ListTopicsAsync()).Intersect(topics).Order(StringComparer.Ordinal)) };
        foreach (var topic in topics)
        {
            var metadata = (await broker.Registry.GetTopicAsync(topic))!;
            lines.Add($"{topic} id={metadata.TopicId} partitions={metadata.PartitionCount} rf={metadata.ReplicationFactor} configs={string.Join(",", metadata.Configs.OrderBy(c => c.Key, StringComparer.Ordinal))}");
            for (var partition = 0; partition < metadata.PartitionCount; partition++)
            {
                var grain = broker.Partition(topic, partition);
                var state = await grain.GetStateAsync();
                var records = string.Join(",", (await PartitionReader.ReadAllAsync(grain)).Select(r => $"{r.Offset}:{r.Value}@{r.Timestamp}"));
                lines.Add($"{topic}-{partition} start={state.LogStartOffset} hw={state.HighWatermark} bytes={state.SizeInBytes} records={records}");
            }
        }

        return lines;
    }

    private static async Task AssertAppendsContinueAsync(BrokerTestCluster broker, List<string> topics)
    {
        Assert.Equal(4, (await broker.Partition(topics[0], 0).AppendAsync(Batches.Of("g"))).BaseOffset);
        Assert.Equal(["c", "d", "g"], await PartitionReader.ReadValuesAsync(broker.Partition(topics[0], 0)));
    }
}
