using OrleansBroker.Grains.Partitions;

namespace OrleansBroker.Grains.Tests.Partitions;

/// <summary>
/// Verifies the partition grain's group commit apart from Orleans: items queued while a write is under way go out
/// together in the next write, a write that completes at once does not stall later items, and a failed write fails
/// only its own group.
/// </summary>
public sealed class GroupCommitQueueTests
{
    [Fact]
    public async Task Enqueue_AfterAWriteThatCompletedSynchronously_IsStillWritten()
    {
        var queue = new GroupCommitQueue<int, int>(items => Task.FromResult(Array.ConvertAll(items, item => item * 10)));

        var first = await queue.Enqueue(1);
        var second = await queue.Enqueue(2).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal((10, 20), (first, second));
    }

    [Fact]
    public async Task Enqueue_WhileAWriteIsUnderWay_GoesOutTogetherInTheNextWrite()
    {
        var groups = new List<int[]>();
        var release = new TaskCompletionSource();
        var queue = new GroupCommitQueue<int, int>(async items =>
        {
            groups.Add(items);
            await release.Task;
            return items;
        });

        var all = new[] { queue.Enqueue(1), queue.Enqueue(2), queue.Enqueue(3) };
        release.SetResult();
        var results = await Task.WhenAll(all);

        Assert.Equal([1, 2, 3], results);
        Assert.Equal([[1], [2, 3]], groups);
    }

    [Fact]
    public async Task Enqueue_WriteFails_FailsItsGroupOnlyAndLaterItemsAreWritten()
    {
        var release = new TaskCompletionSource();
        var calls = 0;
        var queue = new GroupCommitQueue<int, int>(async items =>
        {
            if (++calls == 1)
            {
                await release.Task;
                throw new IOException("disk full");
            }

            return items;
        });

        var failed = queue.Enqueue(1);
        var next = queue.Enqueue(2);
        release.SetResult();

        Assert.Equal("disk full", (await Assert.ThrowsAsync<IOException>(() => failed)).Message);
        Assert.Equal(2, await next);
        await queue.Drained;
    }
}
