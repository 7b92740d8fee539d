using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.Compatibility;

/// <summary>
/// Confluent.Kafka consumers in groups on the listener: a subscribed consumer reads every partition, commits
/// (synchronously and automatically) and leaves on Close; the group's next consumer resumes at exactly the committed
/// offsets; a second consumer joining splits the partitions between the two with the range assignor.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class ConfluentConsumerGroupTests(KafkaFixture fixture) : ConfluentGroupTestBase(fixture)
{
    [Fact]
    public async Task Subscribe_CommitThenRestart_NextConsumerStartsAtTheCommittedOffsets()
    {
        var topic = await CreateTopicAsync("group-resume", partitions: 3);
        var groupId = NewGroupId();
        var before = await ProduceToEachPartitionAsync(topic, partitions: 3, perPartition: 2, "before");
        using (var consumer = NewGroupConsumer(groupId))
        {
            consumer.Subscribe(topic);
            Assert.Equal(before.Order(), Consume(consumer, 6).Select(Describe).Order());

            var committed = consumer.Commit();

            Assert.Equal(["0@2", "1@2", "2@2"], committed.Select(offset => $"{offset.Partition.Value}@{offset.Offset.Value}").Order());
            consumer.Close();
        }

        await ProduceToEachPartitionAsync(topic, partitions: 3, perPartition: 1, "after");
        using (var consumer = NewGroupConsumer(groupId))
        {
            consumer.Subscribe(topic);

            Assert.Equal(["0@2:after-0-0", "1@2:after-1-0", "2@2:after-2-0"], Consume(consumer, 3).Select(Describe).Order());
            consumer.Close();
        }
    }

    [Fact]
    public async Task Subscribe_AutoCommit_CommitsWhatWasConsumed()
    {
        var topic = await CreateTopicAsync("group-auto-commit", partitions: 2);
        var groupId = NewGroupId();
        await ProduceToEachPartitionAsync(topic, partitions: 2, perPartition: 3, "auto");
        using var consumer = NewGroupConsumer(groupId, autoCommit: true);
        consumer.Subscribe(topic);

        Consume(consumer, 6);

        var admin = Fixture.Sdk.CreateAdminClient();
        await Eventually.MatchesAsync(
            async () => string.Join(" ", (await admin.ListConsumerGroupOffsetsAsync(groupId)).Select(offset => $"{offset.Partition}@{offset.Offset.Value}")),
            offsets => offsets == "0@3 1@3",
            "the auto-commit of offset 3 in both partitions");
        consumer.Close();
    }

    [Fact]
    public async Task SecondConsumerJoins_Rebalance_SplitsThePartitionsBetweenThem()
    {
        var topic = await CreateTopicAsync("group-rebalance", partitions: 4);
        var groupId = NewGroupId();
        using var first = await JoinedConsumerAsync(groupId, topic, partitions: 4, "first");

        using var second = NewGroupConsumer(groupId, "second");
        second.Subscribe(topic);
        var split = await Eventually.MatchesAsync(
            () => Task.FromResult((First: PollAssignment(first), Second: PollAssignment(second))),
            assigned => assigned.First.Count == 2 && assigned.Second.Count == 2,
            "the two consumers to be assigned two partitions each");

        Assert.Equal([0, 1, 2, 3], split.First.Concat(split.Second).Order());
        Assert.Contains(string.Join(",", split.First), new[] { "0,1", "2,3" });
        first.Close();
        second.Close();
    }
}
