using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client.Admin;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Grains.Topics;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests.HostileInput;

/// <summary>
/// Issue 8's hostile input through the SDK and the Orleans gateway, one row per case: bad names, partition counts,
/// partitions, offsets, oversized records, unknown groups and commits for partitions that do not exist each fail with
/// their Kafka error code and a message naming the problem; raw grain calls that bypass the SDK's checks are refused
/// by the partition grain itself. After every row nothing was created or appended, the silo logged no error and a
/// normal produce and consume still works. Raw connections to the gateway are <see cref="HostileGatewayTests"/>.
/// </summary>
[Collection(HostileSdkCollection.Name)]
public sealed partial class HostileSdkTests(HostileSdkFixture fixture) : GroupTestBase(fixture)
{
    private static readonly Dictionary<string, Func<HostileSdkTests, Task>> Rows = new()
    {
        ["create topic with invalid names: INVALID_TOPIC_EXCEPTION, nothing created"] = test => test.InvalidTopicNamesAsync(),
        ["create topic with 0, -1 or 100,001 partitions: INVALID_PARTITIONS, nothing created"] = test => test.InvalidPartitionCountsAsync(),
        ["create partitions to 0, -1 or 100,001: INVALID_PARTITIONS, count unchanged"] = test => test.InvalidPartitionIncreasesAsync(),
        ["produce to partition -1: UNKNOWN_TOPIC_OR_PARTITION, nothing appended"] = test => test.ProduceToMissingPartitionAsync(-1),
        ["produce past the partition count: UNKNOWN_TOPIC_OR_PARTITION, nothing appended"] = test => test.ProduceToMissingPartitionAsync(2),
        ["record over max.message.bytes: MESSAGE_TOO_LARGE, nothing appended"] = test => test.OversizedRecordAsync(),
        ["assign at offset -5: INVALID_REQUEST, assignment unchanged"] = test => test.AssignAtNegativeOffsetAsync(),
        ["seek to offset -5: INVALID_REQUEST, position unchanged"] = test => test.SeekToNegativeOffsetAsync(),
        ["assign past the end, auto.offset.reset=latest: resumes at the log end"] = test => test.AssignPastTheEndAsync(),
        ["assign past the end, auto.offset.reset=error: OFFSET_OUT_OF_RANGE"] = test => test.AssignPastTheEndWithErrorResetAsync(),
        ["assign partition -1 or past the count: UNKNOWN_TOPIC_OR_PARTITION"] = test => test.AssignMissingPartitionsAsync(),
        ["describe, delete or reset an unknown group: GROUP_ID_NOT_FOUND, no group created"] = test => test.UnknownGroupAsync(),
        ["list offsets of an unknown group: none, no group created"] = test => test.UnknownGroupOffsetsAsync(),
        ["alter group offsets of partitions that do not exist: UNKNOWN_TOPIC_OR_PARTITION, nothing committed"] = test => test.AlterMissingPartitionOffsetsAsync(),
        ["consumer commits partitions that do not exist: UNKNOWN_TOPIC_OR_PARTITION, nothing committed"] = test => test.CommitMissingPartitionsAsync(),
        ["raw append with a bad CRC: CORRUPT_MESSAGE, nothing appended"] = test => test.RawAppendAsync(FlipLastByte, ErrorCode.CorruptMessage, "Record batch CRC mismatch: stored 0xDB5E9CDD, computed 0x29351FDE."),
        ["raw append whose length is longer than the batch: CORRUPT_MESSAGE, nothing appended"] = test => test.RawAppendAsync(batch => AddToLength(batch, 10), ErrorCode.CorruptMessage, "Record batch length field says 86 bytes but the buffer holds 76."),
        ["raw append whose length is shorter than the batch: CORRUPT_MESSAGE, nothing appended"] = test => test.RawAppendAsync(batch => AddToLength(batch, -10), ErrorCode.CorruptMessage, "Record batch length field says 66 bytes but the buffer holds 76."),
        ["raw append of a truncated batch: CORRUPT_MESSAGE, nothing appended"] = test => test.RawAppendAsync(batch => batch[..(batch.Length / 2)], ErrorCode.CorruptMessage, "Record batch is truncated: 38 bytes is less than the 61-byte header."),
        ["raw append of an empty array: CORRUPT_MESSAGE, nothing appended"] = test => test.RawAppendAsync(_ => [], ErrorCode.CorruptMessage, "Record batch is truncated: 0 bytes is less than the 61-byte header."),
        ["raw append to partition -1 or past the count: UNKNOWN_TOPIC_OR_PARTITION"] = test => test.RawAppendToMissingPartitionsAsync(),
    };

    public static TheoryData<string> Cases => [.. Rows.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileInput_GetsItsErrorAndLeavesNothingBehind(string row)
    {
        var logged = fixture.Logs.Failures.Count;

        await Rows[row](this);

        Assert.Empty(fixture.Logs.Failures.Skip(logged));
        await StillServed.AssertAsync(Client, Cancellation);
    }

    private async Task InvalidTopicNamesAsync()
    {
        var tooLong = new string('x', TopicNames.MaxLength + 1);
        (string Name, string Message)[] rows =
        [
            ("", "Topic name is illegal, it can't be empty."),
            (".", "Topic name \".\" is illegal, it can't be \".\" or \"..\"."),
            ("..", "Topic name \"..\" is illegal, it can't be \".\" or \"..\"."),
            ("bad/name", "Topic name \"bad/name\" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'."),
            (tooLong, "Topic name is illegal, it can't be longer than 249 characters (it has 250)."),
        ];

        foreach (var (name, message) in rows)
        {
            await FailsWithAsync(ErrorCode.InvalidTopic, message, () => Admin.CreateTopicAsync(new TopicSpecification { Name = name }));
        }

        Assert.Empty((await Admin.ListTopicsAsync()).Intersect(rows.Select(row => row.Name)));
    }

    private async Task InvalidPartitionCountsAsync()
    {
        (int Count, string Message)[] rows =
        [
            (0, "Number of partitions must be larger than 0 (got 0)."),
            (-1, "Number of partitions must be larger than 0 (got -1)."),
            (TopicRegistryGrain.MaxPartitions + 1, "Number of partitions must be at most 100000 (got 100001)."),
        ];
        var names = rows.Select(_ => TestTopics.Unique("partitions")).ToList();

        foreach (var (name, (count, message)) in names.Zip(rows))
        {
            await FailsWithAsync(ErrorCode.InvalidPartitions, message, () => Admin.CreateTopicAsync(new TopicSpecification { Name = name, NumPartitions = count }));
        }

        Assert.Empty((await Admin.ListTopicsAsync()).Intersect(names));
    }

    private async Task InvalidPartitionIncreasesAsync()
    {
        var topic = await CreateTopicAsync("grow", partitions: 2);
        (int Count, string Message)[] rows =
        [
            (0, $"Topic '{topic}' currently has 2 partitions, 0 would not be an increase."),
            (-1, $"Topic '{topic}' currently has 2 partitions, -1 would not be an increase."),
            (TopicRegistryGrain.MaxPartitions + 1, $"Topic '{topic}' cannot have 100001 partitions: at most 100000."),
        ];

        foreach (var (count, message) in rows)
        {
            await FailsWithAsync(ErrorCode.InvalidPartitions, message, () => Admin.CreatePartitionsAsync(topic, count));
        }

        Assert.Equal(2, (await Admin.DescribeTopicAsync(topic)).Metadata.PartitionCount);
    }

    private async Task ProduceToMissingPartitionAsync(int partition)
    {
        var topic = await CreateTopicAsync("missing", partitions: 2);
        await using var producer = NewProducer();

        await FailsWithAsync(
            ErrorCode.UnknownTopicOrPartition,
            $"Topic '{topic}' has no partition {partition} (it has 2).",
            () => producer.ProduceAsync(Partition(topic, partition), Text("nowhere"), Cancellation));

        await AssertHighWatermarksAsync(topic, 0, 0);
    }

    private async Task OversizedRecordAsync()
    {
        var topic = await CreateTopicAsync("oversized");
        await using var producer = NewProducer();

        await FailsWithAsync(
            ErrorCode.MessageTooLarge,
            "Record batch of 65608 bytes exceeds the limit of 65536 bytes (max.message.bytes).",
            () => producer.ProduceAsync(topic, Text(new string('x', HostileSdkFixture.MessageMaxBytes)), Cancellation));

        await AssertHighWatermarksAsync(topic, 0);
    }

    private async Task AssignAtNegativeOffsetAsync()
    {
        var topic = await CreateTopicAsync("negative", partitions: 2);
        await ProduceAsync(topic, "a");
        await using var consumer = await AssignedConsumerAsync(topic, 0, Offset.Beginning);

        await FailsWithAsync(
            ErrorCode.InvalidRequest,
            $"Cannot start reading {topic}-1 at offset -5: an offset is 0 or more, Offset.Beginning (-2) or Offset.End (-1).",
            () => consumer.AssignAsync([new TopicPartitionOffset(topic, 0, 0), new TopicPartitionOffset(topic, 1, -5)]));

        Assert.Equal([Partition(topic, 0)], consumer.Assignment);
        Assert.Equal(0, consumer.Position(Partition(topic, 0)).Value);
    }

    private async Task SeekToNegativeOffsetAsync()
    {
        var topic = await CreateTopicAsync("negative");
        await ProduceAsync(topic, "a", "b");
        await using var consumer = await AssignedConsumerAsync(topic, 0, 1);

        await FailsWithAsync(
            ErrorCode.InvalidRequest,
            $"Cannot start reading {topic}-0 at offset -5: an offset is 0 or more, Offset.Beginning (-2) or Offset.End (-1).",
            () => consumer.SeekAsync(new TopicPartitionOffset(topic, 0, -5)));

        Assert.Equal([Partition(topic, 0)], consumer.Assignment);
        Assert.Equal([(1L, "b")], (await ConsumeAsync(consumer, 1)).Select(result => (result.Offset, result.Message.Value!)));
    }

    private async Task AssignPastTheEndAsync()
    {
        var topic = await CreateTopicAsync("past-end");
        await ProduceAsync(topic, "a");
        await using var consumer = await AssignedConsumerAsync(topic, 0, 50);

        await Eventually.MatchesAsync(() => Task.FromResult(consumer.Position(Partition(topic, 0)).Value), position => position == 1, "the position to be reset to the log end");
        await ProduceAsync(topic, "b");

        Assert.Equal([(1L, "b")], (await ConsumeAsync(consumer, 1)).Select(result => (result.Offset, result.Message.Value!)));
    }

    private async Task AssignPastTheEndWithErrorResetAsync()
    {
        var topic = await CreateTopicAsync("past-end");
        await ProduceAsync(topic, "a");
        await using var consumer = await AssignedConsumerAsync(topic, 0, 50, new ConsumerConfig { AutoOffsetReset = AutoOffsetReset.Error });

        await FailsWithAsync(
            ErrorCode.OffsetOutOfRange,
            $"Offset 50 is out of range for partition {topic}-0: readable offsets are 0 to 1 (log start offset 0, log end offset 1).",
            async () => await consumer.ConsumeAsync(ArrivalTimeout, Cancellation));
    }

    private async Task AssignMissingPartitionsAsync()
    {
        var topic = await CreateTopicAsync("missing", partitions: 2);
        await using var consumer = NewConsumer();

        foreach (var partition in new[] { -1, 2 })
        {
            await FailsWithAsync(
                ErrorCode.UnknownTopicOrPartition,
                $"This server does not host this topic-partition: {topic}-{partition}.",
                () => consumer.AssignAsync([new TopicPartitionOffset(topic, partition, Offset.Beginning)]));
        }

        Assert.Empty(consumer.Assignment);
    }

    private async Task UnknownGroupAsync()
    {
        var group = TestTopics.Unique("unknown-group");
        var topic = await CreateTopicAsync("reset");
        var message = $"Consumer group '{group}' does not exist.";

        await FailsWithAsync(ErrorCode.GroupIdNotFound, message, () => Admin.DescribeConsumerGroupAsync(group));
        await FailsWithAsync(ErrorCode.GroupIdNotFound, message, () => Admin.DescribeConsumerGroupLagAsync(group));
        await FailsWithAsync(ErrorCode.GroupIdNotFound, message, () => Admin.DeleteConsumerGroupAsync(group));
        await FailsWithAsync(ErrorCode.GroupIdNotFound, message, () => Admin.DeleteInactiveConsumerGroupAsync(group));
        await FailsWithAsync(ErrorCode.GroupIdNotFound, message, () => Admin.ResetConsumerGroupOffsetsAsync(group, new OffsetReset(OffsetResetKind.ToEarliest, 0), topic, execute: true));

        await AssertNoGroupAsync(group);
    }

    private async Task UnknownGroupOffsetsAsync()
    {
        var group = TestTopics.Unique("unknown-group");

        Assert.Empty(await Admin.ListConsumerGroupOffsetsAsync(group));

        await AssertNoGroupAsync(group);
    }

    private async Task AlterMissingPartitionOffsetsAsync()
    {
        var topic = await CreateTopicAsync("commit", partitions: 2);
        var missingTopic = TestTopics.Unique("missing");
        var group = TestTopics.Unique("group");
        (TopicPartitionOffset Offset, string Message)[] rows =
        [
            (new(topic, 2, 0), $"Topic '{topic}' has no partition 2 (it has 2)."),
            (new(topic, -1, 0), $"Topic '{topic}' has no partition -1 (it has 2)."),
            (new(missingTopic, 0, 0), $"Topic '{missingTopic}' does not exist."),
        ];

        foreach (var (offset, message) in rows)
        {
            await FailsWithAsync(ErrorCode.UnknownTopicOrPartition, message, () => Admin.AlterConsumerGroupOffsetsAsync(group, [new(topic, 0, 1), offset]));
        }

        await AssertNoGroupAsync(group);
    }

    private async Task CommitMissingPartitionsAsync()
    {
        var topic = await CreateTopicAsync("commit");
        var group = TestTopics.Unique("group");
        await using var consumer = Subscribed(group, topic);
        await AwaitAssignmentAsync([consumer], 1, 1);

        await FailsWithAsync(
            ErrorCode.UnknownTopicOrPartition,
            $"Topic '{topic}' has no partition 1 (it has 1).",
            () => consumer.CommitAsync([new(topic, 0, 1), new(topic, 1, 0)], Cancellation));

        Assert.Empty(await Admin.ListConsumerGroupOffsetsAsync(group));
    }

    /// <summary>Asserts <paramref name="action"/> fails with <paramref name="code"/> and exactly <paramref name="message"/>.</summary>
    private static async Task FailsWithAsync(ErrorCode code, string message, Func<Task> action) =>
        Assert.Equal(message, (await BrokerAssert.FailsAsync(code, action)).Message);

    private async Task AssertHighWatermarksAsync(string topic, params long[] expected)
    {
        var highWatermarks = await Task.WhenAll(expected.Select(async (_, partition) => (await Broker.Partition(topic, partition).GetStateAsync()).HighWatermark));
        Assert.Equal(expected, highWatermarks);
    }

    private async Task AssertNoGroupAsync(string group)
    {
        Assert.DoesNotContain(group, await Admin.ListConsumerGroupsAsync());
        Assert.Empty(await Admin.ListConsumerGroupOffsetsAsync(group));
    }

}
