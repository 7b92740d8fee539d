using OrleansBroker.Records;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>
/// How an idempotent producer numbers a partition's batches: with the producer's id, epoch 0 and consecutive
/// sequences from 0; after a refused batch (nothing stored) the batches behind it take its sequences, even those
/// already sealed; after a batch whose fate stayed unknown the next one starts over at 0 under a new producer id; and
/// when no producer id can be had, the batch fails and the next one tries again.
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
    public async Task Send_FateUnknownAfterEveryAttempt_NextBatchStartsOverUnderANewProducerId()
    {
        var lost = ScriptedPartition.AnswerLost(new TimeoutException("Response did not arrive on time."));
        var grain = new ScriptedPartition([.. Enumerable.Repeat(lost, 5)]);
        var sender = Senders.Create(grain, new CountingProducerIds());

        await Assert.ThrowsAsync<BrokerException>(() => sender.Send().Offset);
        var next = await sender.Send().Offset;

        Assert.Equal(42L, next);
        Assert.Equal([.. Enumerable.Repeat((42L, (short)0, 0), 5), (43L, (short)0, 0)], Identities(grain));
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

    private static List<(long, short, int)> Identities(ScriptedPartition grain) =>
        [.. grain.SentHeaders().Select(header => (header.ProducerId, header.ProducerEpoch, header.BaseSequence))];
}
