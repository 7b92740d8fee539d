using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// Topic administration as walkthrough sections 2 and 5 show it, through the SDK's admin client: create, list and
/// delete; the exact error for an existing topic, a missing one and each kind of illegal name, with nothing created
/// by a failed request; and what describe shows on a one-silo cluster (partition count, replication factor 1,
/// segment.bytes, every partition led by broker 1).
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class TopicAdminTests(BrokerFixture fixture) : SdkTestBase(fixture)
{
    [Fact]
    public async Task CreateListDelete_NewTopic_AppearsThenDisappears()
    {
        var topic = TestTopics.Unique("test-topic");

        var created = await Admin.CreateTopicAsync(new TopicSpecification { Name = topic });
        var listed = await Admin.ListTopicsAsync();
        await Admin.DeleteTopicAsync(topic);

        Assert.Equal((topic, 1, (short)1), (created.Name, created.PartitionCount, created.ReplicationFactor));
        Assert.Contains(topic, listed);
        Assert.Equal(listed.Order(StringComparer.Ordinal), listed);
        Assert.DoesNotContain(topic, await Admin.ListTopicsAsync());
    }

    [Fact]
    public async Task CreateTopic_Existing_FailsWithTopicAlreadyExistsAndKeepsTheTopic()
    {
        var topic = await CreateTopicAsync("test-topic", partitions: 2);
        var before = await Admin.DescribeTopicAsync(topic);

        var error = await BrokerAssert.FailsAsync(ErrorCode.TopicAlreadyExists, () => Admin.CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = 5 }));

        Assert.Contains(topic, error.Message, StringComparison.Ordinal);
        var after = await Admin.DescribeTopicAsync(topic);
        Assert.Equal((before.Metadata.TopicId, 2), (after.Metadata.TopicId, after.Metadata.PartitionCount));
    }

    [Fact]
    public async Task DescribeTopic_Missing_FailsWithUnknownTopicOrPartition()
    {
        var topic = TestTopics.Unique("missing");

        var error = await BrokerAssert.FailsAsync(ErrorCode.UnknownTopicOrPartition, () => Admin.DescribeTopicAsync(topic));

        Assert.Contains(topic, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteTopic_Missing_FailsWithUnknownTopicOrPartition()
    {
        var topic = TestTopics.Unique("missing");

        var error = await BrokerAssert.FailsAsync(ErrorCode.UnknownTopicOrPartition, () => Admin.DeleteTopicAsync(topic));

        Assert.Contains(topic, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Names Kafka refuses: empty, "." and "..", characters outside [a-zA-Z0-9._-], and longer than 249.</summary>
    public static TheoryData<string> IllegalNames { get; } = ["", ".", "..", "has space", "slash/topic", "colon:topic", "ümlaut", new string('a', TopicNames.MaxLength + 1)];

    [Theory]
    [MemberData(nameof(IllegalNames))]
    public async Task CreateTopic_IllegalName_FailsWithInvalidTopicAndCreatesNothing(string topic)
    {
        await BrokerAssert.FailsAsync(ErrorCode.InvalidTopic, () => Admin.CreateTopicAsync(new TopicSpecification { Name = topic }));

        Assert.DoesNotContain(topic, await Admin.ListTopicsAsync());
    }

    [Fact]
    public async Task CreateTopic_NameOfMaximumLength_Succeeds()
    {
        var topic = TestTopics.Unique("long").PadRight(TopicNames.MaxLength, 'x');

        await Admin.CreateTopicAsync(new TopicSpecification { Name = topic });

        Assert.Contains(topic, await Admin.ListTopicsAsync());
    }

    [Fact]
    public async Task DescribeTopic_ThreePartitions_ShowsCountFactorConfigsAndBrokerOneAsLeader()
    {
        var topic = await CreateTopicAsync("your-topic", partitions: 3);

        var description = await Admin.DescribeTopicAsync(topic);

        var metadata = description.Metadata;
        Assert.Equal((topic, 3, (short)1), (metadata.Name, metadata.PartitionCount, metadata.ReplicationFactor));
        Assert.Equal(new Dictionary<string, string> { ["segment.bytes"] = "1073741824" }, metadata.Configs);
        Assert.Matches("^[A-Za-z0-9_-]{22}$", metadata.TopicIdText);
        Assert.Equal(
            [(0, 1, "1", "1"), (1, 1, "1", "1"), (2, 1, "1", "1")],
            description.Partitions.Select(p => (p.Partition, p.Leader, string.Join(',', p.Replicas), string.Join(',', p.Isr))));
    }

    [Fact]
    public async Task CreateTopic_WithoutPartitionCount_HasTheBrokerDefaultOfOne()
    {
        var topic = await CreateTopicAsync("default-topic");

        var description = await Admin.DescribeTopicAsync(topic);

        Assert.Equal(1, description.Metadata.PartitionCount);
        Assert.Equal([0], description.Partitions.Select(p => p.Partition));
    }
}
