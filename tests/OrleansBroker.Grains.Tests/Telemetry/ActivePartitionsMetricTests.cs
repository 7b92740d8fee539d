namespace OrleansBroker.Grains.Tests.Telemetry;

/// <summary>
/// orleansbroker.partitions.active counts, per topic, the partitions with an open log on the silo: none for a topic
/// just created, one more for each partition as it is first used, and none once the topic is deleted.
/// </summary>
[Collection(GrainsCollection.Name)]
public sealed class ActivePartitionsMetricTests(GrainsFixture fixture) : MetricsTestBase(fixture)
{
    [Fact]
    public async Task PartitionsActive_FirstUseThenTopicDeleted_GoesUpThenDown()
    {
        using var active = Collect<int>("orleansbroker.partitions.active");
        var topic = (await CreateTopicAsync("metrics-active", partitions: 3)).Name;
        var created = Observe(active, Tag("topic", topic));

        await Partition(topic, 0).AppendAsync(Batches.Of("a"));
        var oneUsed = Observe(active, Tag("topic", topic));
        await Partition(topic, 1).GetStateAsync();
        var twoUsed = Observe(active, Tag("topic", topic));
        await Registry.DeleteTopicAsync(topic);
        var deleted = Observe(active, Tag("topic", topic));

        Assert.Equal((0L, 1L, 2L, 0L), (created, oneUsed, twoUsed, deleted));
    }
}
