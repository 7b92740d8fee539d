using OrleansBroker.Records;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>
/// How an idempotent producer numbers a partition's batches: with the producer's id, epoch 0 and consecutive
/// sequences from 0; after a refused batch (nothing stored) the batches behind it take its sequences, even those
/// already sealed; after a batch whose fate stayed unknown the next one starts over at 0 under a new producer id; and
/// when no producer id can be had, the batch fails and the next one tries again. A batch in flight past
/// delivery.timeout.ms fails then, but the next batch waits for its outcome before it is sent.
/// </summary>
public sealed class PartitionSenderSequenceTests
{
    [Fact]
    public async Task Send_ThreeBatches_ProducerIdAndConsecutiveSequences()
    {
        var grain = new ScriptedPartition();
        var sender = Senders.Create(grain, new CountingProducerIds());

        var offsets = new[] { await sender.Send().Offset, await sender.Send().Offset, await sender.Send().Offset };

        Assert.Equal([41L, 42, 43], offsets);
        Assert.Equal([(42L, (short)0, 0), (42L, (short)0, 1), (42L, (short)0, 2)], Identities(grain));
    }

    [Fact]
    public async Task Send_BatchRefused_BatchesBehindTakeItsSequences()
    {
        var release = new TaskCompletionSource();
        var grain = new ScriptedPartition(ScriptedPartition.After(release.Task, ScriptedPartition.Refused(ErrorCode.CorruptMessage)));
        var sender = Senders.Create(grain, new CountingProducerIds());

        var refused = sender.Send();
        var behind = new[] { sender.Send(), sender.Send() };
        release.SetResult();

        await BrokerAssert.FailsAsync(ErrorCode.CorruptMessage, () => refused.Offset);
        var offsets = await Task.WhenAll(behind.Select(outcome => outcome.Offset));

        Assert.Equal([41L, 42], offsets);
        Assert.Equal([(42L, (short)0, 0), (42L, (short)0, 0), (42L, (short)0, 1)], Identities(grain));
    }

    [Fact]
    public async Task Send_FateUnknownUntilTheDeliveryTimeout_NextBatchStartsOverUnderANewProducerId()
    {
        // Every answer to producer id 42 is lost (its first batch is stored once all the same); others are answered.
        var lost = ScriptedPartition.AnswerLost(new TimeoutException("Response did not arrive on time."));
        ScriptedPartition.Step lostFor42 = (partition, batch) => RecordBatchHeader.Read(batch).ProducerId == 42 ? lost(partition, batch) : ScriptedPartition.Accepted(partition, batch);
        var grain = new ScriptedPartition([.. Enumerable.Repeat(lostFor42, 1_000)]);
        var sender = Senders.Create(grain, new CountingProducerIds(), deliveryTimeoutMs: 1_000);

        await BrokerAssert.FailsAsync(ErrorCode.RequestTimedOut, () => sender.Send().Offset);
        var next = await sender.Send().Offset;

        Assert.Equal(42L, next);
        var identities = Identities(grain);
        Assert.True(identities.Count >= 3, $"The first batch was sent {identities.Count - 1} time(s); it is resent until its delivery timeout.");
        Assert.All(identities[..^1], identity => Assert.Equal((42L, (short)0, 0), identity));
        Assert.Equal((43L, (short)0, 0), identities[^1]);
    }

    [Fact]
    public async Task Send_NoProducerIdToBeHad_FailsTheBatchAndTheNextTriesAgain()
    {
        var grain = new ScriptedPartition();
        var sender = Senders.Create(grain, new CountingProducerIds(failures: 1));

        var error = await BrokerAssert.FailsAsync(ErrorCode.Unknown, () => sender.Send().Offset);
        var next = await sender.Send().Offset;

        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Equal(41L, next);
        Assert.Equal([(42L, (short)0, 0)], Identities(grain));
    }

    [Fact]
    public async Task Send_InFlightPastDeliveryTimeout_FailsThenTheNextBatchWaitsForItsFateAndStartsOverUnderANewProducerId()
    {
        var release = new TaskCompletionSource();
        var grain = new ScriptedPartition(ScriptedPartition.After(release.Task, ScriptedPartition.AnswerLost(new TimeoutException("Response did not arrive on time."))));
        var sender = Senders.Create(grain, new CountingProducerIds(), deliveryTimeoutMs: 200);

        var expired = sender.Send();
        var error = await BrokerAssert.FailsAsync(ErrorCode.RequestTimedOut, () => expired.Offset);
        var next = sender.Send();
        release.SetResult();

        Assert.Equal(42L, await next.Offset);
        Assert.Equal("Delivery to t-0 timed out after 200 ms (delivery.timeout.ms): 1 record(s) sent without an answer yet; they may still be stored.", error.Message);
        Assert.Equal([(42L, (short)0, 0), (43L, (short)0, 0)], Identities(grain));
    }

    private static List<(long, short, int)> Identities(ScriptedPartition grain) =>
        [.. grain.SentHeaders().Select(header => (header.ProducerId, header.ProducerEpoch, header.BaseSequence))];
}
