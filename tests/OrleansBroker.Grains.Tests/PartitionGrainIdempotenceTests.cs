using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Testing;

namespace OrleansBroker.Grains.Tests;

/// <summary>
/// Appends of idempotent producers, by Kafka's rules: a resent batch (one of a producer's last five) is acknowledged
/// with its original offset and log-append time and stored once, even when the copies arrive together; a batch that
/// skips sequences fails with OUT_OF_ORDER_SEQUENCE_NUMBER, one from an older epoch with INVALID_PRODUCER_EPOCH, and a
/// new epoch must start at sequence 0, all leaving the log as it was; producers are checked each on its own, and one
/// the partition does not know may start at any sequence. What the partition knows survives its deactivation.
/// </summary>
[Collection(GrainsCollection.Name)]
public sealed class PartitionGrainIdempotenceTests(GrainsFixture fixture) : GrainTestBase(fixture)
{
    private const long Producer = 1000;

    [Fact]
    public async Task AppendAsync_ResentBatches_AcknowledgedWithTheOriginalOffsetsAndStoredOnce()
    {
        var first = Batches.Idempotent(Producer, 0, 0, "a", "b");
        var second = Batches.Idempotent(Producer, 0, 2, "c");
        var partition = await PartitionWithAsync(first, second);

        var resent = new[] { await partition.AppendAsync(first), await partition.AppendAsync(second) };

        Assert.Equal([0L, 2], resent.Select(response => response.BaseOffset));
        Assert.Equal(["a", "b", "c"], await PartitionReader.ReadValuesAsync(partition));
    }

    [Fact]
    public async Task AppendAsync_CopiesSentTogether_AllAcknowledgedAtOneOffsetAndStoredOnce()
    {
        var partition = await PartitionWithAsync(Batches.Of("before"));
        var batch = Batches.Idempotent(Producer, 0, 0, "once");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => partition.AppendAsync(batch), Cancellation)));

        Assert.All(responses, response => Assert.Equal(1, response.BaseOffset));
        Assert.Equal(["before", "once"], await PartitionReader.ReadValuesAsync(partition));
    }

    [Fact]
    public async Task AppendAsync_ResendOnLogAppendTimeTopic_AnswersTheOriginalAppendTime()
    {
        var topic = await CreateTopicAsync("idempotent-append-time", configs: new Dictionary<string, string> { [TopicConfigNames.MessageTimestampType] = "LogAppendTime" });
        var partition = Partition(topic.Name);
        var batch = Batches.Idempotent(Producer, 0, 0, "a");
        var original = await partition.AppendAsync(batch);

        var resent = await partition.AppendAsync(batch);

        Assert.Equal((original.BaseOffset, original.LogAppendTime), (resent.BaseOffset, resent.LogAppendTime));
    }

    [Fact]
    public async Task AppendAsync_SequenceGap_FailsWithOutOfOrderSequenceNumberAndStoresNothing()
    {
        var partition = await PartitionWithAsync(Batches.Idempotent(Producer, 0, 0, "a", "b"));

        var error = await BrokerAssert.FailsAsync(ErrorCode.OutOfOrderSequenceNumber, () => partition.AppendAsync(Batches.Idempotent(Producer, 0, 3, "gap")));

        Assert.Contains("got 3, expected 2", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await partition.AppendAsync(Batches.Idempotent(Producer, 0, 2, "c"))).BaseOffset);
        Assert.Equal(["a", "b", "c"], await PartitionReader.ReadValuesAsync(partition));
    }

    [Fact]
    public async Task AppendAsync_ResendOlderThanTheLastFiveBatches_FailsWithOutOfOrderSequenceNumber()
    {
        var batches = Enumerable.Range(0, 6).Select(i => Batches.Idempotent(Producer, 0, i, $"r{i}")).ToArray();
        var partition = await PartitionWithAsync(batches);

        await BrokerAssert.FailsAsync(ErrorCode.OutOfOrderSequenceNumber, () => partition.AppendAsync(batches[0]));

        Assert.Equal(1, (await partition.AppendAsync(batches[1])).BaseOffset);
        Assert.Equal(6, (await PartitionReader.ReadAllAsync(partition)).Count);
    }

    [Fact]
    public async Task AppendAsync_OlderEpoch_FailsWithInvalidProducerEpochAndStoresNothing()
    {
        var partition = await PartitionWithAsync(Batches.Idempotent(Producer, 1, 0, "new"));

        await BrokerAssert.FailsAsync(ErrorCode.InvalidProducerEpoch, () => partition.AppendAsync(Batches.Idempotent(Producer, 0, 1, "fenced")));

        Assert.Equal(["new"], await PartitionReader.ReadValuesAsync(partition));
    }

    [Fact]
    public async Task AppendAsync_NewEpoch_MustStartAtSequenceZero()
    {
        var partition = await PartitionWithAsync(Batches.Idempotent(Producer, 0, 0, "a", "b"));

        await BrokerAssert.FailsAsync(ErrorCode.OutOfOrderSequenceNumber, () => partition.AppendAsync(Batches.Idempotent(Producer, 1, 2, "not zero")));
        var started = await partition.AppendAsync(Batches.Idempotent(Producer, 1, 0, "c"));

        Assert.Equal(2, started.BaseOffset);
        Assert.Equal(3, (await partition.AppendAsync(Batches.Idempotent(Producer, 1, 1, "d"))).BaseOffset);
    }

    [Fact]
    public async Task AppendAsync_TwoProducersInterleaved_EachCheckedOnItsOwn()
    {
        var partition = await PartitionWithAsync(Batches.Idempotent(Producer, 0, 0, "p1"), Batches.Idempotent(Producer + 1, 0, 0, "q1"));

        await partition.AppendAsync(Batches.Idempotent(Producer + 1, 0, 1, "q2"));
        await partition.AppendAsync(Batches.Idempotent(Producer, 0, 1, "p2"));

        Assert.Equal(["p1", "q1", "q2", "p2"], await PartitionReader.ReadValuesAsync(partition));
    }

    [Fact]
    public async Task AppendAsync_UnknownProducerAtAnySequence_Accepted()
    {
        var partition = await PartitionWithAsync();

        var response = await partition.AppendAsync(Batches.Idempotent(Producer, 3, 17, "expired elsewhere"));

        Assert.Equal(0, response.BaseOffset);
        Assert.Equal(1, (await partition.AppendAsync(Batches.Idempotent(Producer, 3, 18, "next"))).BaseOffset);
    }

    [Fact]
    public async Task AppendAsync_AfterDeactivation_RecognisesResendsAndGaps()
    {
        var first = Batches.Idempotent(Producer, 0, 0, "a", "b");
        var partition = await PartitionWithAsync(first, Batches.Of("plain"), Batches.Idempotent(Producer + 1, 2, 0, "q"));

        await Fixture.Broker.Cluster.DeactivateAsync(partition);

        Assert.Equal(0, (await partition.AppendAsync(first)).BaseOffset);
        await BrokerAssert.FailsAsync(ErrorCode.OutOfOrderSequenceNumber, () => partition.AppendAsync(Batches.Idempotent(Producer, 0, 3, "gap")));
        await BrokerAssert.FailsAsync(ErrorCode.InvalidProducerEpoch, () => partition.AppendAsync(Batches.Idempotent(Producer + 1, 1, 1, "fenced")));
        Assert.Equal(["a", "b", "plain", "q"], await PartitionReader.ReadValuesAsync(partition));
    }
}
