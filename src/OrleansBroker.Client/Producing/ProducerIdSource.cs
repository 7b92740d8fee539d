using OrleansBroker.Abstractions.Producers;

namespace OrleansBroker.Client.Producing;

/// <summary>
/// An idempotent producer's ids, from the cluster's <see cref="IProducerIdGrain"/>: one fetched on first use and
/// shared by all its partitions (a failed fetch is tried again by the next batch), and a new one for a partition
/// whose sequence must start over.
/// </summary>
internal sealed class ProducerIdSource(IProducerIdGrain grain)
{
    private readonly object _lock = new();
    private Task<ProducerIdentity>? _shared;

    /// <summary>The producer's id, fetched by the first call.</summary>
    public Task<ProducerIdentity> SharedAsync()
    {
        lock (_lock)
        {
            if (_shared is null || _shared.IsFaulted || _shared.IsCanceled)
            {
                _shared = grain.InitProducerIdAsync();
            }

            return _shared;
        }
    }

    /// <summary>An id no batch has carried yet.</summary>
    public Task<ProducerIdentity> NewAsync() => grain.InitProducerIdAsync();
}
