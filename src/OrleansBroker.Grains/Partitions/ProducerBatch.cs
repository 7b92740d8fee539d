using OrleansBroker.Storage;

namespace OrleansBroker.Grains.Partitions;

/// <summary>What a partition remembers of one of an idempotent producer's recent batches: enough to recognise a resend and answer it as the original was answered.</summary>
/// <param name="FirstSequence">Sequence of the batch's first record.</param>
/// <param name="LastSequence">Sequence of its last record.</param>
/// <param name="Info">Where the log stored it.</param>
internal readonly record struct ProducerBatch(int FirstSequence, int LastSequence, AppendInfo Info);
