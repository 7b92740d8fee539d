using OrleansBroker.Abstractions;
using OrleansBroker.Client.Internal;
using OrleansBroker.Client.Producing;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>
/// A topic's senders without a broker: each partition gets one sender, made on its first use whatever the order of
/// first uses, and kept; the sticky partitioner reads the sealed batches of those very senders.
/// </summary>
public sealed class TopicSendersTests
{
    [Fact]
    public void Get_PartitionsFirstUsedOutOfOrder_OneSenderEachMadeOnce()
    {
        var made = new List<TopicPartition>();
        var senders = new TopicSenders("t", partition =>
        {
            made.Add(partition);
            return NewSender(partition);
        });

        var third = senders.Get(3);
        var first = senders.Get(1);

        Assert.Same(third, senders.Get(3));
        Assert.Same(first, senders.Get(1));
        Assert.NotSame(first, third);
        Assert.Equal([new TopicPartition("t", 3), new TopicPartition("t", 1)], made);
        Assert.Equal(2, senders.All.Count());
    }

    [Fact]
    public async Task Sticky_ItsPartitionSealsABatch_MovesToTheNext()
    {
        var senders = new TopicSenders("t", NewSender);
        Assert.Equal(0, senders.Sticky(2));

        var outcome = new RecordOutcome();
        senders.Get(0).Add([1], [2], [], outcome);
        await outcome.Offset;

        Assert.Equal(1, senders.Sticky(2));
    }

    private static PartitionSender NewSender(TopicPartition partition) => new(
        partition,
        new ScriptedPartition(),
        new ProducerConfig { BatchSize = 1, LingerMs = 0 },
        new BufferGate(1 << 20),
        _ => { },
        null,
        new GatewayLossSignal());
}
