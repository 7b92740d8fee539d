using OrleansBroker.Records;
using OrleansBroker.Storage;

namespace OrleansBroker.Grains.Partitions;

/// <summary>What became of one append: stored now, found stored already (an idempotent producer's resend), or refused.</summary>
/// <param name="Info">Where the batch is stored; default when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why it was not stored, or null.</param>
/// <param name="Resend">True when the batch was a copy of one stored before (or earlier in its group): nothing new was written for it.</param>
internal readonly record struct BatchOutcome(AppendInfo Info, BrokerException? Error, bool Resend);
