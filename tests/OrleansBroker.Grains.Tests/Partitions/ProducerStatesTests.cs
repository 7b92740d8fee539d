using OrleansBroker.Grains.Partitions;
using OrleansBroker.Records;
using OrleansBroker.Storage;

namespace OrleansBroker.Grains.Tests.Partitions;

/// <summary>
/// A partition's idempotent producers: rebuilt from its log's batch headers (each producer's epoch, last sequence and
/// stored batches with their offsets and log-append times, batches without a producer id ignored), and forgotten once
/// idle for producer.id.expiration.ms.
/// </summary>
public sealed class ProducerStatesTests
{
    [Fact]
    public void Rebuild_BatchesOfTwoProducers_KnowsEachOnesEpochSequenceAndBatches()
    {
        RecordBatchHeader[] headers =
        [
            Header(baseOffset: 0, producerId: 1, epoch: 0, baseSequence: 0, records: 2),
            Header(baseOffset: 2, producerId: -1, epoch: -1, baseSequence: -1, records: 1),
            Header(baseOffset: 3, producerId: 1, epoch: 0, baseSequence: 2, records: 1),
            Header(baseOffset: 4, producerId: 2, epoch: 3, baseSequence: 9, records: 3),
        ];

        var states = ProducerStates.Rebuild(headers, nowMs: 5000);

        Assert.Null(states.Find(-1));
        Assert.Equal(((short)0, 2, 5000L), (states.Find(1)!.Epoch, states.Find(1)!.LastSequence, states.Find(1)!.LastAppendMs));
        Assert.Equal(new AppendInfo(0, 1, -1, 100), states.Find(1)!.FindStored(0, 0, 1)?.Info);
        Assert.Equal(((short)3, 11), (states.Find(2)!.Epoch, states.Find(2)!.LastSequence));
        Assert.Null(states.Find(1)!.FindStored(1, 0, 1));
    }

    [Fact]
    public void Rebuild_LogAppendTimeBatch_RemembersItsAppendTime()
    {
        var header = Header(baseOffset: 7, producerId: 1, epoch: 0, baseSequence: 0, records: 1) with { Attributes = RecordBatchLayout.TimestampTypeFlag };

        var states = ProducerStates.Rebuild([header], nowMs: 0);

        Assert.Equal(new AppendInfo(7, 7, 100, 100), states.Find(1)!.FindStored(0, 0, 0)?.Info);
    }

    [Fact]
    public void ExpireIdle_OneProducerIdleForTheExpiration_OnlyThatOneForgotten()
    {
        var states = new ProducerStates();
        states.Record(Header(0, producerId: 1, epoch: 0, baseSequence: 0, records: 1), default, nowMs: 0);
        states.Record(Header(1, producerId: 2, epoch: 0, baseSequence: 0, records: 1), default, nowMs: 1);

        states.ExpireIdle(nowMs: 1000, expirationMs: 1000);

        Assert.Null(states.Find(1));
        Assert.Equal(0, states.Find(2)!.LastSequence);
    }

    private static RecordBatchHeader Header(long baseOffset, long producerId, short epoch, int baseSequence, int records) => new()
    {
        BaseOffset = baseOffset,
        LastOffsetDelta = records - 1,
        RecordCount = records,
        MaxTimestamp = 100,
        ProducerId = producerId,
        ProducerEpoch = epoch,
        BaseSequence = baseSequence,
    };
}
