using OrleansBroker.Grains.Partitions;
using OrleansBroker.Records;
using OrleansBroker.Storage;

namespace OrleansBroker.Grains.Tests.Partitions;

/// <summary>
/// Judging one group of appends before it is written: a producer's second batch in the group is checked against its
/// first (continuing it is written, a gap refused), a copy of a batch in the same group is written once and answered
/// with that batch's outcome, its error included, and only batches the log stored are recorded for the producer.
/// </summary>
public sealed class GroupAppendPlanTests
{
    [Fact]
    public void Create_TwoBatchesOfOneProducer_SecondContinuesTheFirstOrIsRefused()
    {
        Memory<byte>[] batches = [Batches.Idempotent(1, 0, 0, "a", "b"), Batches.Idempotent(1, 0, 2, "c"), Batches.Idempotent(1, 0, 4, "gap")];

        var plan = GroupAppendPlan.Create(new ProducerStates(), batches, "t-0");
        var outcomes = plan.Complete([Stored(0, 1), Stored(2, 2)], nowMs: 0);

        Assert.Equal(2, plan.ToWrite.Count);
        Assert.Equal([0L, 2, 0], outcomes.Select(outcome => outcome.Info.FirstOffset));
        Assert.Equal([null, null, ErrorCode.OutOfOrderSequenceNumber], outcomes.Select(outcome => outcome.Error?.Code));
    }

    [Fact]
    public void Complete_CopyOfABatchWhoseWriteFailed_BothFailWithItsErrorAndNothingIsRecorded()
    {
        var batch = Batches.Idempotent(1, 0, 0, "a");
        var producers = new ProducerStates();
        var plan = GroupAppendPlan.Create(producers, [batch, batch], "t-0");
        var failure = new BrokerException(ErrorCode.KafkaStorageError, "Disk full.");

        var outcomes = plan.Complete([new AppendResult(default, failure)], nowMs: 0);

        Assert.Single(plan.ToWrite);
        Assert.All(outcomes, outcome => Assert.Same(failure, outcome.Error));
        Assert.Null(producers.Find(1));
    }

    [Fact]
    public void Complete_CopyOfABatchStoredInTheGroup_AnsweredWithItsOffsetAsAResend()
    {
        var batch = Batches.Idempotent(1, 0, 0, "a");
        var producers = new ProducerStates();
        var plan = GroupAppendPlan.Create(producers, [batch, Batches.Of("plain"), batch], "t-0");

        var outcomes = plan.Complete([Stored(5, 5), Stored(6, 6)], nowMs: 0);

        Assert.Equal([(5L, false), (6L, false), (5L, true)], outcomes.Select(outcome => (outcome.Info.FirstOffset, outcome.Resend)));
        Assert.Equal(0, producers.Find(1)!.LastSequence);
    }

    private static AppendResult Stored(long first, long last) => new(new AppendInfo(first, last, -1, 100), null);
}
