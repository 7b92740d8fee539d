using Confluent.Kafka.Admin;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.Compatibility;

/// <summary>
/// Confluent.Kafka's admin client against the listener: metadata lists both silos' brokers and spreads leaders over
/// them; topics are created (or only validated), described with their configs, grown and deleted, with Kafka's
/// error codes for what cannot be done.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class ConfluentAdminTests(KafkaFixture fixture) : ConfluentTestBase(fixture)
{
    [Fact]
    public async Task Metadata_TwoSilos_ListsBothBrokersAndSpreadsLeaders()
    {
        var topic = await CreateTopicAsync("metadata", partitions: 6);
        using var admin = NewAdmin();

        var metadata = admin.GetMetadata(topic, Timeout);

        var expected = Fixture.Broker.KafkaListeners.Select(listener => (listener.Broker.NodeId, "127.0.0.1", listener.Broker.Port)).Order().ToList();
        Assert.Equal(expected, metadata.Brokers.Select(broker => (broker.BrokerId, broker.Host, broker.Port)).Order().ToList());
        var partitions = Assert.Single(metadata.Topics).Partitions;
        Assert.Equal([0, 1, 2, 3, 4, 5], partitions.Select(partition => partition.PartitionId).Order());
        Assert.Equal(expected.Select(broker => broker.NodeId).ToHashSet(), partitions.Select(partition => partition.Leader).ToHashSet());
        Assert.All(partitions, partition => Assert.Equal([partition.Leader], partition.Replicas));
    }

    [Fact]
    public async Task CreateTopics_NameTaken_FailsWithTopicAlreadyExists()
    {
        var topic = await CreateTopicAsync("taken");
        using var admin = NewAdmin();

        var failure = await Assert.ThrowsAsync<CreateTopicsException>(() =>
            admin.CreateTopicsAsync([new TopicSpecification { Name = topic, NumPartitions = 1 }]));

        Assert.Equal(Confluent.Kafka.ErrorCode.TopicAlreadyExists, Assert.Single(failure.Results).Error.Code);
    }

    [Fact]
    public async Task CreateTopics_ValidateOnly_CreatesNothing()
    {
        var topic = TestTopics.Unique("validated");
        using var admin = NewAdmin();

        await admin.CreateTopicsAsync([new TopicSpecification { Name = topic, NumPartitions = 2 }], new CreateTopicsOptions { ValidateOnly = true });
        var failure = await Assert.ThrowsAsync<CreateTopicsException>(() =>
            admin.CreateTopicsAsync([new TopicSpecification { Name = topic, NumPartitions = 0 }], new CreateTopicsOptions { ValidateOnly = true }));

        Assert.Equal(Confluent.Kafka.ErrorCode.InvalidPartitions, Assert.Single(failure.Results).Error.Code);
        Assert.DoesNotContain(topic, await Fixture.Broker.Registry.ListTopicsAsync());
    }

    [Fact]
    public async Task DescribeConfigs_Topic_ShowsOverridesAndBrokerDefaults()
    {
        var topic = TestTopics.Unique("configs");
        using var admin = NewAdmin();
        await admin.CreateTopicsAsync([new TopicSpecification
        {
            Name = topic,
            NumPartitions = 1,
            Configs = new Dictionary<string, string> { ["retention.ms"] = "3600000" },
        }]);

        var described = await admin.DescribeConfigsAsync([new ConfigResource { Type = ResourceType.Topic, Name = topic }]);

        var entries = Assert.Single(described).Entries;
        Assert.Equal(("3600000", ConfigSource.DynamicTopicConfig), (entries["retention.ms"].Value, entries["retention.ms"].Source));
        Assert.Equal(("604800000", ConfigSource.DefaultConfig), (entries["segment.ms"].Value, entries["segment.ms"].Source));
        Assert.Equal(("CreateTime", ConfigSource.DefaultConfig), (entries["message.timestamp.type"].Value, entries["message.timestamp.type"].Source));
    }

    [Fact]
    public async Task DescribeConfigs_Broker_ShowsItsSettings()
    {
        var broker = Fixture.Broker.KafkaListeners[0].Broker;
        using var admin = NewAdmin();

        var described = await admin.DescribeConfigsAsync([new ConfigResource { Type = ResourceType.Broker, Name = $"{broker.NodeId}" }]);

        var entries = Assert.Single(described).Entries;
        Assert.Equal($"{broker.NodeId}", entries["broker.id"].Value);
        Assert.Equal($"PLAINTEXT://127.0.0.1:{broker.Port}", entries["advertised.listeners"].Value);
        Assert.Equal(("1", ConfigSource.DefaultConfig), (entries["num.partitions"].Value, entries["num.partitions"].Source));
        Assert.Equal("true", entries["auto.create.topics.enable"].Value);
        Assert.True(entries["num.partitions"].IsReadOnly);
    }

    [Fact]
    public async Task CreatePartitions_Increase_GrowsTopicAndDecreaseFails()
    {
        var topic = await CreateTopicAsync("grow", partitions: 2);
        using var admin = NewAdmin();

        await admin.CreatePartitionsAsync([new PartitionsSpecification { Topic = topic, IncreaseTo = 5 }]);
        var failure = await Assert.ThrowsAsync<CreatePartitionsException>(() =>
            admin.CreatePartitionsAsync([new PartitionsSpecification { Topic = topic, IncreaseTo = 3 }]));

        Assert.Equal(Confluent.Kafka.ErrorCode.InvalidPartitions, Assert.Single(failure.Results).Error.Code);
        Assert.Equal(5, (await Fixture.Broker.Registry.GetTopicAsync(topic))!.PartitionCount);
    }

    [Fact]
    public async Task DeleteTopics_Existing_RemovesItAndUnknownFails()
    {
        var topic = await CreateTopicAsync("doomed");
        using var admin = NewAdmin();

        await admin.DeleteTopicsAsync([topic]);
        var failure = await Assert.ThrowsAsync<DeleteTopicsException>(() => admin.DeleteTopicsAsync([topic]));

        Assert.Equal(Confluent.Kafka.ErrorCode.UnknownTopicOrPart, Assert.Single(failure.Results).Error.Code);
        Assert.Null(await Fixture.Broker.Registry.GetTopicAsync(topic));
    }
}
