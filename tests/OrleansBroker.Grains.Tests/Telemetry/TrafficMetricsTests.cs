using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Records;

namespace OrleansBroker.Grains.Tests.Telemetry;

/// <summary>
/// The traffic metrics: producing N records in k batches adds exactly N to orleansbroker.records.in and the batches'
/// byte total to orleansbroker.bytes.in for that topic, with one orleansbroker.produce.duration per append; fetching
/// them adds N and the fetched bytes to the .out counters, with one orleansbroker.fetch.duration per fetch tagged
/// data or empty (a long-poll's wait included); a rejected batch adds nothing, and an idempotent producer's resent
/// batch (not stored again) adds nothing more.
/// </summary>
[Collection(GrainsCollection.Name)]
public sealed class TrafficMetricsTests(GrainsFixture fixture) : MetricsTestBase(fixture)
{
    [Fact]
    public async Task Produce_SixRecordsInThreeBatches_CountsSixRecordsAndEveryByteIn()
    {
        using var records = Collect<long>("orleansbroker.records.in");
        using var bytes = Collect<long>("orleansbroker.bytes.in");
        using var durations = Collect<double>("orleansbroker.produce.duration");
        var topic = (await CreateTopicAsync("metrics-in", partitions: 2)).Name;
        byte[][] batches = [Batches.Of("a", "b", "c"), Batches.Of("d"), Batches.Of("e", "f")];

        await Partition(topic, 0).AppendAsync(batches[0]);
        await Partition(topic, 1).AppendAsync(batches[1]);
        await Partition(topic, 0).AppendAsync(batches[2]);

        Assert.Equal(6, Sum(records, Tag("topic", topic)));
        Assert.Equal(batches.Sum(batch => batch.Length), Sum(bytes, Tag("topic", topic)));
        var appends = durations.GetMeasurementSnapshot().ContainsTags(Tag("topic", topic)).ToList();
        Assert.Equal(3, appends.Count);
        Assert.All(appends, append => Assert.Equal([Tag("topic", topic)], append.Tags));
        Assert.All(appends, append => Assert.InRange(append.Value, double.Epsilon, Prompt.TotalSeconds));
    }

    [Fact]
    public async Task Fetch_WholeLogThenAtLogEnd_CountsEveryRecordOutAndTagsTheOutcome()
    {
        using var records = Collect<long>("orleansbroker.records.out");
        using var bytes = Collect<long>("orleansbroker.bytes.out");
        using var durations = Collect<double>("orleansbroker.fetch.duration");
        var topic = (await CreateTopicAsync("metrics-out")).Name;
        byte[][] batches = [Batches.Of("a", "b", "c"), Batches.Of("d")];
        foreach (var batch in batches)
        {
            await Partition(topic).AppendAsync(batch);
        }

        await Partition(topic).FetchAsync(0, 1024 * 1024, TimeSpan.Zero);
        await Partition(topic).FetchAsync(4, 1024 * 1024, TimeSpan.FromMilliseconds(300));

        Assert.Equal(4, Sum(records, Tag("topic", topic)));
        Assert.Equal(batches.Sum(batch => batch.Length), Sum(bytes, Tag("topic", topic)));
        var fetches = durations.GetMeasurementSnapshot().ContainsTags(Tag("topic", topic)).ToList();
        Assert.Equal(["data", "empty"], fetches.Select(fetch => fetch.Tags["outcome"]));
        Assert.InRange(fetches[1].Value, 0.29, Prompt.TotalSeconds);
    }

    [Fact]
    public async Task Produce_BatchOverMaxMessageBytes_CountsNothing()
    {
        using var records = Collect<long>("orleansbroker.records.in");
        using var bytes = Collect<long>("orleansbroker.bytes.in");
        using var durations = Collect<double>("orleansbroker.produce.duration");
        var topic = (await CreateTopicAsync("metrics-rejected", configs: new Dictionary<string, string> { [TopicConfigNames.MaxMessageBytes] = "200" })).Name;

        await Assert.ThrowsAsync<InvalidRecordBatchException>(() => Partition(topic).AppendAsync(Batches.Of(new string('x', 300))));

        Assert.Equal((0L, 0L), (Sum(records, Tag("topic", topic)), Sum(bytes, Tag("topic", topic))));
        Assert.Empty(durations.GetMeasurementSnapshot().ContainsTags(Tag("topic", topic)));
    }

    [Fact]
    public async Task Produce_IdempotentBatchResent_CountsItOnce()
    {
        using var records = Collect<long>("orleansbroker.records.in");
        using var bytes = Collect<long>("orleansbroker.bytes.in");
        var topic = (await CreateTopicAsync("metrics-resent")).Name;
        var batch = Batches.Idempotent(1, 0, 0, "a", "b");

        await Partition(topic).AppendAsync(batch);
        await Partition(topic).AppendAsync(batch);

        Assert.Equal((2L, (long)batch.Length), (Sum(records, Tag("topic", topic)), Sum(bytes, Tag("topic", topic))));
    }
}
