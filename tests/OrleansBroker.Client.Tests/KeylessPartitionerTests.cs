using OrleansBroker.Client.Producing;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// Keyless records without a broker: round-robin starts at partition 0 and wraps, so a..g over three partitions
/// go 0,1,2,0,1,2,0 (walkthrough section 6: a d g / b e / c f); sticky stays on one partition until that
/// partition seals another batch, then moves to the next.
/// </summary>
public sealed class KeylessPartitionerTests
{
    [Fact]
    public void RoundRobin_SevenRecordsOverThree_StartsAtZeroAndWraps()
    {
        var partitioner = new KeylessPartitioner();

        var partitions = Enumerable.Range(0, 7).Select(_ => partitioner.RoundRobin(3));

        Assert.Equal([0, 1, 2, 0, 1, 2, 0], partitions);
    }

    [Fact]
    public void Sticky_UntilTheBatchIsSealed_StaysThenMovesOn()
    {
        var partitioner = new KeylessPartitioner();
        var sealedBatches = new long[3];

        var first = Enumerable.Range(0, 4).Select(_ => partitioner.Sticky(3, p => sealedBatches[p])).ToList();
        sealedBatches[0]++;
        var second = Enumerable.Range(0, 4).Select(_ => partitioner.Sticky(3, p => sealedBatches[p])).ToList();
        sealedBatches[1]++;
        var third = partitioner.Sticky(3, p => sealedBatches[p]);

        Assert.Equal([0, 0, 0, 0], first);
        Assert.Equal([1, 1, 1, 1], second);
        Assert.Equal(2, third);
    }

    [Fact]
    public void Sticky_PartitionCountShrankBelowIt_MovesToAValidPartition()
    {
        var partitioner = new KeylessPartitioner();
        partitioner.RoundRobin(3);
        partitioner.RoundRobin(3);
        Assert.Equal(2, partitioner.Sticky(3, _ => 0));

        Assert.InRange(partitioner.Sticky(2, _ => 0), 0, 1);
    }
}
