using Orleans.Runtime.Messaging;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>
/// When a batch is sent again: one whose call could not leave the client (its gateway had just died, as in a
/// failover) always, and is delivered once; one that keeps failing that way fails its records after five attempts.
/// One whose answer was lost (a timeout, a silo failing mid-call) is sent again, as the very same bytes, only by an
/// idempotent producer, and is stored once; without idempotence its records fail at once, although it was stored.
/// </summary>
public sealed class PartitionSenderRetryTests
{
    [Fact]
    public async Task Send_GatewayGoneOnce_RetriesAndDeliversOnce()
    {
        var grain = new ScriptedPartition(ScriptedPartition.Unsent);

        var offset = await Senders.Create(grain, new CountingProducerIds()).Send().Offset;

        Assert.Equal((2, 1, 41L), (grain.Sent.Count, grain.Stored, offset));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Send_GatewayNeverReachable_FailsAfterFiveAttempts(bool idempotent)
    {
        var grain = new ScriptedPartition([.. Enumerable.Repeat(ScriptedPartition.Unsent, 5)]);

        var outcome = Senders.Create(grain, idempotent ? new CountingProducerIds() : null).Send();

        var error = await Assert.ThrowsAsync<BrokerException>(() => outcome.Offset);
        Assert.Equal((5, 0), (grain.Sent.Count, grain.Stored));
        Assert.IsType<ConnectionFailedException>(error.InnerException);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Send_AnswerLostWhenIdempotent_SendsTheSameBytesAgainAndIsStoredOnce(bool siloFailed)
    {
        var grain = new ScriptedPartition(ScriptedPartition.AnswerLost(LostAnswers.Fault(siloFailed)));

        var offset = await Senders.Create(grain, new CountingProducerIds()).Send().Offset;

        Assert.Equal((2, 1, 41L), (grain.Sent.Count, grain.Stored, offset));
        Assert.Equal(grain.Sent.First(), grain.Sent.Last());
        Assert.Equal((42L, (short)0, 0), (grain.SentHeaders()[1].ProducerId, grain.SentHeaders()[1].ProducerEpoch, grain.SentHeaders()[1].BaseSequence));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Send_AnswerLostWithoutIdempotence_FailsAtOnceThoughStored(bool siloFailed)
    {
        var lost = LostAnswers.Fault(siloFailed);
        var grain = new ScriptedPartition(ScriptedPartition.AnswerLost(lost));

        var outcome = Senders.Create(grain, null).Send();

        var error = await Assert.ThrowsAsync<BrokerException>(() => outcome.Offset);
        Assert.Equal((ErrorCode.Unknown, lost), (error.Code, error.InnerException));
        Assert.Equal((1, 1), (grain.Sent.Count, grain.Stored));
        Assert.Equal(-1L, grain.SentHeaders()[0].ProducerId);
    }
}
