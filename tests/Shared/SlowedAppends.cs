using System.Collections.Concurrent;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;

namespace OrleansBroker.Testing;

/// <summary>
/// A silo-side grain call filter that makes partitions as slow as a test wants: an append to a held partition waits
/// until the test lets it through (<see cref="Allow"/>), one permit per append; other partitions are not touched.
/// </summary>
public sealed class SlowedAppends : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, Held> _held = new(StringComparer.Ordinal);

    /// <summary>From now on, appends to <paramref name="partition"/> wait for <see cref="Allow"/>.</summary>
    public void Hold(TopicPartition partition) => _held.TryAdd(partition.ToGrainKey(), new Held());

    /// <summary>Lets <paramref name="appends"/> more appends to held <paramref name="partition"/> through.</summary>
    public void Allow(TopicPartition partition, int appends) => _held[partition.ToGrainKey()].Permits.Release(appends);

    /// <summary>How many appends to held <paramref name="partition"/> are waiting now.</summary>
    public int Waiting(TopicPartition partition) => Volatile.Read(ref _held[partition.ToGrainKey()].Waiting);

    /// <inheritdoc />
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod.Name == nameof(IPartitionGrain.AppendAsync) && _held.TryGetValue(context.TargetId.Key.ToString()!, out var held))
        {
            Interlocked.Increment(ref held.Waiting);
            await held.Permits.WaitAsync();
            Interlocked.Decrement(ref held.Waiting);
        }

        await context.Invoke();
    }

    private sealed class Held
    {
        public SemaphoreSlim Permits { get; } = new(0);

        public int Waiting;
    }
}
