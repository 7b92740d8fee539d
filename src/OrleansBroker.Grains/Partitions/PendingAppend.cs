using OrleansBroker.Abstractions.Partitions;

namespace OrleansBroker.Grains.Partitions;

/// <summary>An append waiting for the next group write, and the caller awaiting its result.</summary>
internal sealed record PendingAppend(Memory<byte> Batch, TaskCompletionSource<ProduceResponse> Completion);
