using OrleansBroker.Client.Admin;
using OrleansBroker.Testing;
using Sdk = OrleansBroker.Client;

namespace OrleansBroker.Kafka.Listener.Tests.Compatibility;

/// <summary>
/// A Confluent.Kafka consumer and an SDK consumer in one group: they share the partitions (disjoint, covering all),
/// each commits what it read, and the SDK admin calls behind <c>obk consumer-groups --describe</c> show the group's
/// members (the Kafka client with its client id and host) and the committed offsets with their owners.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class ConfluentSdkGroupInteropTests(KafkaFixture fixture) : ConfluentGroupTestBase(fixture)
{
    [Fact]
    public async Task ConfluentAndSdkConsumers_OneGroup_SharePartitionsAndBothCommit()
    {
        var topic = await CreateTopicAsync("group-interop", partitions: 4);
        var groupId = NewGroupId();
        using var confluent = NewGroupConsumer(groupId, "confluent-member");
        await using var sdk = new Sdk.Consuming.ConsumerBuilder<string, string>(Fixture.Sdk, SdkConfig(groupId)).Build();
        confluent.Subscribe(topic);
        sdk.Subscribe([topic]);

        var split = await Eventually.MatchesAsync(
            () => Task.FromResult((Confluent: PollAssignment(confluent), Sdk: sdk.Assignment.Select(partition => partition.Partition).Order().ToList())),
            assigned => assigned.Confluent.Count == 2 && assigned.Sdk.Count == 2,
            "the Confluent and SDK consumers to be assigned two partitions each");
        Assert.Equal([0, 1, 2, 3], split.Confluent.Concat(split.Sdk).Order());

        await ProduceToEachPartitionAsync(topic, partitions: 4, perPartition: 2, "shared");
        Assert.Equal(split.Confluent, Consume(confluent, 4).Select(result => result.Partition.Value).Distinct().Order());
        Assert.Equal(split.Sdk, (await ConsumeAsync(sdk, 4)).Select(result => result.Partition).Distinct().Order());
        confluent.Commit();
        await sdk.CommitAsync(Cancellation);

        var lag = await Fixture.Sdk.CreateAdminClient().DescribeConsumerGroupLagAsync(groupId);
        Assert.Equal(
            Enumerable.Range(0, 4).Select(partition => $"{partition} 2 2 {(split.Confluent.Contains(partition) ? "confluent-member /127.0.0.1" : "sdk-member")}"),
            lag.Partitions.Select(row => $"{row.TopicPartition.Partition} {row.CommittedOffset} {row.LogEndOffset} {row.Owner?.ClientId}{(row.Owner?.ClientId == "confluent-member" ? " " + row.Owner.Host : "")}"));
        Assert.Equal(("range", Abstractions.ConsumerGroups.GroupState.Stable), (lag.Group.AssignmentStrategy, lag.Group.State));
        confluent.Close();
    }

    [Fact]
    public async Task SdkDescribe_ConfluentGroup_ShowsWhatObkConsumerGroupsDescribePrints()
    {
        var topic = await CreateTopicAsync("group-obk", partitions: 3);
        var groupId = NewGroupId();
        using var consumer = await JoinedConsumerAsync(groupId, topic, partitions: 3, "kafka-client");

        var group = await Fixture.Sdk.CreateAdminClient().DescribeConsumerGroupAsync(groupId);

        Assert.Equal((Abstractions.ConsumerGroups.GroupState.Stable, "consumer", "range"), (group.State, group.ProtocolType, group.AssignmentStrategy));
        var member = Assert.Single(group.Members);
        Assert.Equal(("kafka-client", "/127.0.0.1"), (member.ClientId, member.Host));
        Assert.Equal([$"{topic}-0", $"{topic}-1", $"{topic}-2"], member.Assignment.Select(partition => partition.ToString()));
        consumer.Close();
    }

    private static Sdk.Consuming.ConsumerConfig SdkConfig(string groupId) => new()
    {
        GroupId = groupId,
        ClientId = "sdk-member",
        AutoOffsetReset = Sdk.Consuming.AutoOffsetReset.Earliest,
        EnableAutoCommit = false,
        HeartbeatIntervalMs = 500,
        SessionTimeoutMs = 6000,
        FetchMaxWaitMs = 100,
    };

    private static async Task<List<Sdk.ConsumeResult<string, string>>> ConsumeAsync(Sdk.Consuming.IConsumer<string, string> consumer, int count)
    {
        var results = new List<Sdk.ConsumeResult<string, string>>();
        while (results.Count < count)
        {
            results.Add(await consumer.ConsumeAsync(Timeout, Cancellation) ?? throw new TimeoutException($"Record {results.Count + 1} of {count} did not arrive."));
        }

        return results;
    }
}
