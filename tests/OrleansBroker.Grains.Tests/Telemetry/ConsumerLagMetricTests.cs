using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Testing;

namespace OrleansBroker.Grains.Tests.Telemetry;

/// <summary>
/// orleansbroker.consumer_group.lag: after a group commits, each committed partition (and no other) reports its high
/// watermark minus the committed offset, follows the high watermark as records arrive without a new commit, and is
/// no longer reported once the group is deleted or deactivated. The fixture's groups refresh their lag every
/// <see cref="GrainsFixture.ConsumerLagIntervalMs"/> ms; the tests poll for it.
/// </summary>
[Collection(GrainsCollection.Name)]
public sealed class ConsumerLagMetricTests(GrainsFixture fixture) : MetricsTestBase(fixture)
{
    [Fact]
    public async Task ConsumerLag_AfterCommit_IsHighWatermarkMinusCommitted()
    {
        using var lag = Collect<long>("orleansbroker.consumer_group.lag");
        var topic = (await CreateTopicAsync("metrics-lag", partitions: 3)).Name;
        await Partition(topic, 0).AppendAsync(Batches.Of("a", "b", "c", "d", "e"));
        await Partition(topic, 1).AppendAsync(Batches.Of("f", "g"));
        var group = TestTopics.Unique("group");

        await CommitAsync(group, new CommittedOffset(new TopicPartition(topic, 0), 2, null), new CommittedOffset(new TopicPartition(topic, 1), 2, null));

        await LagBecomesAsync(lag, group, $"{topic}-0=3, {topic}-1=0");
    }

    [Fact]
    public async Task ConsumerLag_RecordsArriveWithoutCommit_FollowsTheHighWatermark()
    {
        using var lag = Collect<long>("orleansbroker.consumer_group.lag");
        var topic = (await CreateTopicAsync("metrics-lag-grows")).Name;
        await Partition(topic).AppendAsync(Batches.Of("a"));
        var group = TestTopics.Unique("group");
        await CommitAsync(group, new CommittedOffset(new TopicPartition(topic, 0), 1, null));
        await LagBecomesAsync(lag, group, $"{topic}-0=0");

        await Partition(topic).AppendAsync(Batches.Of("b", "c", "d"));

        await LagBecomesAsync(lag, group, $"{topic}-0=3");
    }

    [Fact]
    public async Task ConsumerLag_GroupDeleted_NoLongerReported()
    {
        using var lag = Collect<long>("orleansbroker.consumer_group.lag");
        var group = await GroupWithLagAsync(lag, "metrics-lag-deleted");

        Assert.Equal(ErrorCode.None, await Group(group).DeleteAsync());

        Assert.Equal("", LagOf(lag, group));
    }

    [Fact]
    public async Task ConsumerLag_GroupDeactivated_NoLongerReported()
    {
        using var lag = Collect<long>("orleansbroker.consumer_group.lag");
        var group = await GroupWithLagAsync(lag, "metrics-lag-deactivated");

        await Fixture.Broker.Cluster.DeactivateAsync(Group(group));

        Assert.Equal("", LagOf(lag, group));
    }

    private IConsumerGroupGrain Group(string group) => Fixture.Broker.Client.GetGrain<IConsumerGroupGrain>(group);

    /// <summary>Commits as a tool does, from outside an empty group.</summary>
    private async Task CommitAsync(string group, params CommittedOffset[] offsets) =>
        Assert.Equal(ErrorCode.None, await Group(group).CommitOffsetsAsync(new OffsetCommitRequest { Offsets = offsets }));

    /// <summary>A new group that has committed offset 0 of a new topic holding two records, once its lag of 2 is reported.</summary>
    private async Task<string> GroupWithLagAsync(MetricCollector<long> lag, string topicPrefix)
    {
        var topic = (await CreateTopicAsync(topicPrefix)).Name;
        await Partition(topic).AppendAsync(Batches.Of("a", "b"));
        var group = TestTopics.Unique("group");
        await CommitAsync(group, new CommittedOffset(new TopicPartition(topic, 0), 0, null));
        await LagBecomesAsync(lag, group, $"{topic}-0=2");
        return group;
    }

    private static Task LagBecomesAsync(MetricCollector<long> lag, string group, string expected) =>
        Eventually.MatchesAsync(() => Task.FromResult(LagOf(lag, group)), lags => lags == expected, $"the lag of group {group} to read {expected}");

    /// <summary>Every series the gauge reports for <paramref name="group"/> now, as <c>topic-partition=lag</c> in order.</summary>
    private static string LagOf(MetricCollector<long> lag, string group)
    {
        lag.Clear();
        lag.RecordObservableInstruments();
        return string.Join(", ", lag.GetMeasurementSnapshot()
            .ContainsTags(Tag("group", group))
            .Select(measurement => $"{measurement.Tags["topic"]}-{measurement.Tags["partition"]}={measurement.Value}")
            .Order(StringComparer.Ordinal));
    }
}
