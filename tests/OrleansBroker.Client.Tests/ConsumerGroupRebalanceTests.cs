using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Client.ConsumerGroups.Protocol;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// Membership changes through the SDK: when a consumer leaves, stops heartbeating, or joins, the partitions are spread
/// again and, across the change, every record is received (at least once, no gap); a commit from a stale
/// generation is refused.
/// </summary>
[Collection(GroupCollection.Name)]
public sealed class ConsumerGroupRebalanceTests(GroupFixture fixture) : GroupTestBase(fixture)
{
    [Fact]
    public async Task ConsumerLeaves_ItsPartitionsMove_NoRecordMissed()
    {
        var topic = await CreateTopicAsync("leave", partitions: 3);
        var group = TestTopics.Unique("group");
        var consumers = new List<IConsumer<string, string>> { Subscribed(group, topic), Subscribed(group, topic), Subscribed(group, topic) };
        await AwaitAssignmentAsync(consumers, 3, 1, 1, 1);
        await ProduceAsync(topic, "a", "b", "c");
        var before = await ConsumeAllAsync(consumers, 3);
        await Task.WhenAll(consumers.Select(consumer => consumer.CommitAsync(Cancellation)));

        await consumers[2].DisposeAsync();
        consumers.RemoveAt(2);
        await AwaitAssignmentAsync(consumers, 3, 2, 1);
        await ProduceAsync(topic, "d", "e", "f");
        var after = await ConsumeAllAsync(consumers, 3);

        Assert.Equal(["a", "b", "c", "d", "e", "f"], before.Concat(after).Select(r => r.Record.Message.Value).Distinct().Order());
        await Task.WhenAll(consumers.Select(consumer => consumer.DisposeAsync().AsTask()));
    }

    [Fact]
    public async Task ConsumerJoins_PartitionsSpreadAgain()
    {
        var topic = await CreateTopicAsync("join", partitions: 3);
        var group = TestTopics.Unique("group");
        await using var first = Subscribed(group, topic);
        await AwaitAssignmentAsync([first], 3, 3);

        await using var second = Subscribed(group, topic);

        await AwaitAssignmentAsync([first, second], 3, 2, 1);
    }

    [Fact]
    public async Task CooperativeSticky_ConsumerJoins_OnlyMovedPartitionChangesHands()
    {
        var topic = await CreateTopicAsync("cooperative", partitions: 3);
        var group = TestTopics.Unique("group");
        var config = GroupConfig(group);
        config.PartitionAssignmentStrategy = ["cooperative-sticky"];
        var revoked = new List<TopicPartition>();
        await using var first = new ConsumerBuilder<string, string>(Client, config).SetPartitionsRevokedHandler(revoked.AddRange).Build();
        first.Subscribe([topic]);
        await AwaitAssignmentAsync([first], 3, 3);

        await using var second = Subscribed(group, topic, config);
        await AwaitAssignmentAsync([first, second], 3, 2, 1);

        Assert.Equal(second.Assignment, revoked);
    }

    [Fact]
    public async Task MemberStopsHeartbeating_RemovedAfterSessionTimeout_OthersTakeOverWithoutGap()
    {
        var topic = await CreateTopicAsync("silent", partitions: 2);
        var group = TestTopics.Unique("group");
        await using var consumer = Subscribed(group, topic);
        await AwaitAssignmentAsync([consumer], 2, 2);

        var silent = await JoinSilentMemberAsync(group, topic, sessionTimeoutMs: 800);
        await AwaitAssignmentAsync([consumer], 1, 1);
        Assert.Single(silent);
        await ProduceAsync(topic, "a", "b", "c", "d");

        await AwaitAssignmentAsync([consumer], 2, 2);
        var values = (await ConsumeAsync(consumer, 4)).Select(result => result.Message.Value).Order();
        Assert.Equal(["a", "b", "c", "d"], values);
    }

    [Fact]
    public async Task Commit_FromStaleGeneration_RefusedWithIllegalGeneration()
    {
        var topic = await CreateTopicAsync("stale", partitions: 2);
        var group = TestTopics.Unique("group");
        var grain = Broker.Client.GetGrain<IConsumerGroupGrain>(group);
        var join = await grain.JoinGroupAsync(RawJoin(topic, 30_000));
        await grain.SyncGroupAsync(new SyncGroupRequest { MemberId = join.MemberId, GenerationId = join.GenerationId });
        await using var newcomer = Subscribed(group, topic);
        await Eventually.MatchesAsync(() => grain.HeartbeatAsync(join.MemberId, null, join.GenerationId), error => error == ErrorCode.RebalanceInProgress, "the rebalance to start");
        var rejoined = await grain.JoinGroupAsync(RawJoin(topic, 30_000) with { MemberId = join.MemberId });

        var error = await grain.CommitOffsetsAsync(new OffsetCommitRequest
        {
            MemberId = join.MemberId, GenerationId = join.GenerationId, Offsets = [new CommittedOffset(new TopicPartition(topic, 0), 1, null)],
        });

        Assert.Equal(rejoined.GenerationId, join.GenerationId + 1);
        Assert.Equal(ErrorCode.IllegalGeneration, error);
    }

    /// <summary>A member that joins and syncs through the grain and then never heartbeats; returns its partitions.</summary>
    private async Task<IReadOnlyList<TopicPartition>> JoinSilentMemberAsync(string group, string topic, int sessionTimeoutMs)
    {
        var grain = Broker.Client.GetGrain<IConsumerGroupGrain>(group);
        var join = await grain.JoinGroupAsync(RawJoin(topic, sessionTimeoutMs));
        var sync = await grain.SyncGroupAsync(new SyncGroupRequest { MemberId = join.MemberId, GenerationId = join.GenerationId });
        return ConsumerAssignment.Decode(sync.Assignment).Partitions;
    }

    private static JoinGroupRequest RawJoin(string topic, int sessionTimeoutMs) => new()
    {
        ClientId = "silent",
        SessionTimeoutMs = sessionTimeoutMs,
        RebalanceTimeoutMs = 10_000,
        Protocols = [new GroupProtocol("range", new ConsumerSubscription { Topics = [topic] }.Encode())],
    };
}
