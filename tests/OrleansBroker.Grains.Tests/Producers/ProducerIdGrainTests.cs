using OrleansBroker.Abstractions.Producers;
using OrleansBroker.Grains.Producers;

namespace OrleansBroker.Grains.Tests.Producers;

/// <summary>
/// The producer-id grain hands out distinct ids with epoch 0, also when many producers ask at once and across the
/// blocks it reserves in storage.
/// </summary>
[Collection(GrainsCollection.Name)]
public sealed class ProducerIdGrainTests(GrainsFixture fixture) : GrainTestBase(fixture)
{
    [Fact]
    public async Task InitProducerIdAsync_ManyAtOnceAcrossBlocks_DistinctIdsWithEpochZero()
    {
        var grain = Fixture.Broker.Client.GetGrain<IProducerIdGrain>(IProducerIdGrain.Key);
        const int count = (int)ProducerIdGrain.BlockSize + 10;

        var identities = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => grain.InitProducerIdAsync()));

        Assert.Equal(count, identities.Select(identity => identity.ProducerId).Distinct().Count());
        Assert.All(identities, identity => Assert.Equal((short)0, identity.ProducerEpoch));
        Assert.All(identities, identity => Assert.True(identity.ProducerId >= 0));
    }
}
