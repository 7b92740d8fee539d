using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Client.Internal;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>
/// When a batch is sent again: one whose call could not leave the client (its gateway had just died, as in a
/// failover) always, and is delivered once; one that keeps failing that way is tried until delivery.timeout.ms passes,
/// then fails its records. One whose answer was lost (a timeout, a silo failing mid-call, its gateway connection
/// closing, no answer within request.timeout.ms) is sent again, as the very same bytes, only by an idempotent producer, and is stored once; without
/// idempotence its records fail at once, although it was stored.
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
    public async Task Send_GatewayNeverReachable_RetriesUntilTheDeliveryTimeoutThenFails(bool idempotent)
    {
        var grain = new ScriptedPartition([.. Enumerable.Repeat(ScriptedPartition.Unsent, 1_000)]);

        var outcome = Senders.Create(grain, idempotent ? new CountingProducerIds() : null, deliveryTimeoutMs: 1_500).Send();

        var error = await Assert.ThrowsAsync<BrokerException>(() => outcome.Offset);
        Assert.Equal(ErrorCode.RequestTimedOut, error.Code);
        Assert.StartsWith("Delivery to t-0 timed out after 1500 ms (delivery.timeout.ms)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, grain.Stored);
        Assert.True(grain.Sent.Count >= 2, $"Sent {grain.Sent.Count} time(s); a batch whose gateway is unreachable is tried again until its delivery timeout.");
    }

    [Fact]
    public async Task Send_NoAnswerWithinTheRequestTimeoutWhenIdempotent_ResendsAndIsStoredOnce()
    {
        // Stored, but the answer never comes (the call was forwarded to a silo that died and nobody tells the client).
        var grain = new ScriptedPartition((partition, batch) =>
        {
            ScriptedPartition.AnswerLost(new TimeoutException())(partition, batch).Ignore();
            return new TaskCompletionSource<ProduceResponse>().Task;
        });

        var offset = await Senders.Create(grain, new CountingProducerIds(), requestTimeoutMs: 200).Send().Offset;

        Assert.Equal((2, 1, 41L), (grain.Sent.Count, grain.Stored, offset));
        Assert.Equal(grain.Sent.First(), grain.Sent.Last());
    }

    [Fact]
    public async Task Send_GatewayConnectionClosesMidCallWhenIdempotent_StopsWaitingAndResendsOnce()
    {
        var firstCallArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gatewayLoss = new GatewayLossSignal();
        var grain = new ScriptedPartition((partition, batch) =>
        {
            // Stored, but the answer would only come after Orleans' 30 s response timeout: the gateway is gone.
            ScriptedPartition.AnswerLost(new TimeoutException())(partition, batch).Ignore();
            firstCallArrived.SetResult();
            return new TaskCompletionSource<ProduceResponse>().Task;
        });
        var outcome = Senders.Create(grain, new CountingProducerIds(), gatewayLoss: gatewayLoss).Send();
        await firstCallArrived.Task;

        gatewayLoss.NotifyGatewayCountChanged(currentNumberOfGateways: 0, previousNumberOfGateways: 1, connectionRecovered: false);

        Assert.Equal(41L, await outcome.Offset);
        Assert.Equal((2, 1), (grain.Sent.Count, grain.Stored));
        Assert.Equal(grain.Sent.First(), grain.Sent.Last());
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
