using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Testing;

namespace OrleansBroker.Grains.Tests;

/// <summary>What the grain tests share: the cluster, the registry, partition grains and topic creation.</summary>
public abstract class GrainTestBase(GrainsFixture fixture)
{
    /// <summary>How long a call that should finish promptly may take before the test fails.</summary>
    protected static readonly TimeSpan Prompt = TimeSpan.FromSeconds(10);

    /// <summary>The fixture.</summary>
    protected GrainsFixture Fixture => fixture;

    /// <summary>The topic registry.</summary>
    protected ITopicRegistryGrain Registry => fixture.Broker.Registry;

    /// <summary>Cancelled when the test is aborted.</summary>
    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Creates a topic named <paramref name="prefix"/> plus a unique suffix.</summary>
    protected Task<TopicMetadata> CreateTopicAsync(string prefix, int partitions = 1, IReadOnlyDictionary<string, string>? configs = null) =>
        Registry.CreateTopicAsync(new TopicSpecification
        {
            Name = TestTopics.Unique(prefix),
            NumPartitions = partitions,
            Configs = configs ?? new Dictionary<string, string>(),
        });

    /// <summary>A partition grain.</summary>
    protected IPartitionGrain Partition(string topic, int partition = 0) => fixture.Broker.Partition(topic, partition);

    /// <summary>A new topic's partition 0 with <paramref name="batches"/> appended one after another.</summary>
    protected async Task<IPartitionGrain> PartitionWithAsync(params byte[][] batches)
    {
        var topic = await CreateTopicAsync("partition");
        var partition = Partition(topic.Name);
        foreach (var batch in batches)
        {
            await partition.AppendAsync(batch);
        }

        return partition;
    }
}
