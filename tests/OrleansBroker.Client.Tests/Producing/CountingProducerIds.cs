using OrleansBroker.Abstractions.Producers;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>A producer-id grain handing out 42, 43, ... with epoch 0; the first <c>failures</c> calls fail.</summary>
internal sealed class CountingProducerIds(int failures = 0) : IProducerIdGrain
{
    private int _calls;

    public Task<ProducerIdentity> InitProducerIdAsync()
    {
        var call = Interlocked.Increment(ref _calls);
        return call <= failures
            ? Task.FromException<ProducerIdentity>(new TimeoutException("The producer-id grain did not answer."))
            : Task.FromResult(new ProducerIdentity(41 + call - failures, 0));
    }
}
