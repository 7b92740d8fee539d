using System.Buffers.Binary;
using OrleansBroker.Records;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// What a Produce request may carry for one partition before it reaches the grain: exactly one RecordBatch v2, the
/// only format we store, as Kafka requires from Produce v3 on. The grain validates the batch itself (CRC, sizes).
/// </summary>
internal static class ProducedRecords
{
    /// <summary>Why <paramref name="records"/> cannot be appended, as Kafka reports it; null when they may be.</summary>
    public static KafkaError? Refusal(ReadOnlyMemory<byte>? records, short produceVersion)
    {
        if (records is not { Length: > RecordBatchLayout.Magic } bytes)
        {
            return new KafkaError(ErrorCode.CorruptMessage, "The records are missing or shorter than a record batch header.");
        }

        var span = bytes.Span;
        var magic = span[RecordBatchLayout.Magic];
        if (magic < RecordBatchLayout.CurrentMagic)
        {
            return new KafkaError(ErrorCode.UnsupportedForMessageFormat, $"Message format v{magic} is not supported: only record batches v2 (magic 2) are.");
        }

        if (produceVersion < 3)
        {
            return new KafkaError(ErrorCode.InvalidRecord, $"Produce v{produceVersion} requests may not carry record batches v2: use Produce v3 or later.");
        }

        var batchSize = RecordBatchLayout.LogOverhead + (long)BinaryPrimitives.ReadInt32BigEndian(span[RecordBatchLayout.BatchLength..]);
        return batchSize >= RecordBatchLayout.HeaderSize && batchSize < bytes.Length
            ? new KafkaError(ErrorCode.InvalidRecord, "Produce requests v3 and later must contain exactly one record batch per partition.")
            : null;
    }
}
