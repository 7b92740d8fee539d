using OrleansBroker.Abstractions.Producers;

namespace OrleansBroker.Grains.Producers;

/// <summary>
/// Hands out producer ids from blocks of <see cref="BlockSize"/>, as Kafka's controller does: a block is reserved in
/// storage before its first id is used, so a restart (or a new activation elsewhere) continues after it, at worst
/// skipping the unused rest of a block. Calls do not interleave, so ids are handed out one at a time.
/// </summary>
public sealed class ProducerIdGrain(
    [PersistentState("producer-ids", BrokerStorage.ProviderName)] IPersistentState<ProducerIdBlockState> state)
    : Grain, IProducerIdGrain
{
    /// <summary>Ids reserved per storage write.</summary>
    public const long BlockSize = 1000;

    private long _next;
    private long _blockEnd;

    /// <inheritdoc />
    public async Task<ProducerIdentity> InitProducerIdAsync()
    {
        if (_next == _blockEnd)
        {
            // Reserved in memory before the write and never given back: after a failed (or unclear) write the next
            // call reserves the block after it, so no id can be handed out twice.
            var start = state.State.NextBlockStart;
            state.State.NextBlockStart = start + BlockSize;
            await state.WriteStateAsync();
            (_next, _blockEnd) = (start, start + BlockSize);
        }

        return new ProducerIdentity(_next++, 0);
    }
}
