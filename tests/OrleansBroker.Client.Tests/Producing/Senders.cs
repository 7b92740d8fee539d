using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Producers;
using OrleansBroker.Client.Internal;
using OrleansBroker.Client.Producing;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>Partition senders for the sender tests: by default every record is a batch of its own, sent at once.</summary>
internal static class Senders
{
    /// <summary>
    /// A sender to <paramref name="grain"/>, idempotent with ids from <paramref name="ids"/> when given, told of lost
    /// gateway connections by <paramref name="gatewayLoss"/> when given; <paramref name="config"/> replaces the
    /// one-record batches sent at once.
    /// </summary>
    public static PartitionSender Create(
        IPartitionGrain grain,
        IProducerIdGrain? ids,
        int deliveryTimeoutMs = 120_000,
        GatewayLossSignal? gatewayLoss = null,
        int requestTimeoutMs = 5_000,
        ProducerConfig? config = null) => new(
        new TopicPartition("t", 0),
        grain,
        config ?? new ProducerConfig { BatchSize = 1, LingerMs = 0, DeliveryTimeoutMs = deliveryTimeoutMs, RequestTimeoutMs = requestTimeoutMs },
        new BufferGate(1 << 20),
        _ => { },
        ids is null ? null : new PartitionSequence(new ProducerIdSource(ids)),
        gatewayLoss ?? new GatewayLossSignal());

    /// <summary>Produces one record; the outcome says where it was stored or why it failed.</summary>
    public static RecordOutcome Send(this PartitionSender sender)
    {
        var outcome = new RecordOutcome();
        sender.Add([1], [2], [], outcome);
        return outcome;
    }
}
