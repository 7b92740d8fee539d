using OrleansBroker.Records;

namespace OrleansBroker.Grains.Partitions;

/// <summary>
/// Kafka's checks of an idempotent batch against what the partition knows of its producer (ProducerAppendInfo): an
/// older epoch is fenced, a newer epoch starts at sequence 0, the same epoch continues at the sequence after the last
/// stored record (wrapping past int.MaxValue), and an unknown producer may start anywhere.
/// </summary>
internal static class ProducerSequenceRules
{
    /// <summary>
    /// Why <paramref name="batch"/> may not follow the producer's stored batches on <paramref name="partition"/>, or null
    /// when it may. <paramref name="knownEpoch"/> is null when the partition does not know the producer.
    /// </summary>
    public static BrokerException? Check(in RecordBatchHeader batch, short? knownEpoch, int knownLastSequence, string partition)
    {
        if (knownEpoch is not { } epoch)
        {
            return null;
        }

        if (batch.ProducerEpoch < epoch)
        {
            return new BrokerException(
                ErrorCode.InvalidProducerEpoch,
                $"Producer {batch.ProducerId} sent epoch {batch.ProducerEpoch} to {partition}, older than its current epoch {epoch}: a newer instance of the producer has replaced this one.");
        }

        var expected = batch.ProducerEpoch > epoch ? 0 : ProducerSequence.Increment(knownLastSequence, 1);
        return batch.BaseSequence == expected
            ? null
            : new BrokerException(
                ErrorCode.OutOfOrderSequenceNumber,
                $"Out of order sequence number for producer {batch.ProducerId} (epoch {batch.ProducerEpoch}) on {partition}: got {batch.BaseSequence}, expected {expected}.");
    }
}
