using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Grains.ConsumerGroups.Offsets;

namespace OrleansBroker.Grains.Tests.ConsumerGroups;

/// <summary>
/// Verifies a group's committed offsets apart from membership: commits are stored and fetched exactly (-1 where none),
/// a failed storage write leaves the previous offsets, and offsets of a group empty past the retention expire.
/// </summary>
public sealed class GroupOffsetsTests
{
    private static readonly TopicPartition P0 = new("t", 0);
    private static readonly TopicPartition P1 = new("t", 1);

    [Fact]
    public async Task Commit_ThenFetch_ReturnsCommittedAndMinusOneForOthers()
    {
        var offsets = new GroupOffsets(new InMemoryState<GroupOffsetsState>());

        await offsets.CommitAsync([new CommittedOffset(P0, 7, "meta")], now: 1000);

        Assert.Equal([new CommittedOffset(P0, 7, "meta"), new CommittedOffset(P1, -1, null)], offsets.Fetch([P0, P1]));
    }

    [Fact]
    public async Task Commit_StorageFails_PreviousOffsetsKept()
    {
        var state = new InMemoryState<GroupOffsetsState>();
        var offsets = new GroupOffsets(state);
        await offsets.CommitAsync([new CommittedOffset(P0, 3, null)], now: 1000);
        state.FailWrites = true;

        await Assert.ThrowsAsync<IOException>(() => offsets.CommitAsync([new CommittedOffset(P0, 9, null)], now: 2000));

        Assert.Equal([new CommittedOffset(P0, 3, null)], offsets.Fetch(null));
    }

    [Fact]
    public async Task HaveExpired_OnlyAfterRetentionFromBothEmptinessAndLastCommit()
    {
        var offsets = new GroupOffsets(new InMemoryState<GroupOffsetsState>());
        var retention = TimeSpan.FromMinutes(1);
        Assert.False(offsets.HaveExpired(now: 1_000_000, emptySince: 0, retention));
        await offsets.CommitAsync([new CommittedOffset(P0, 1, null)], now: 100_000);

        Assert.False(offsets.HaveExpired(now: 160_000, emptySince: 0, retention));
        Assert.False(offsets.HaveExpired(now: 170_000, emptySince: 150_000, retention));
        Assert.True(offsets.HaveExpired(now: 160_001, emptySince: 0, retention));
    }

    /// <summary>Grain state in memory, whose writes can be made to fail.</summary>
    private sealed class InMemoryState<T> : IPersistentState<T>
        where T : new()
    {
        public bool FailWrites { get; set; }

        public T State { get; set; } = new();

        public string? Etag => null;

        public bool RecordExists => true;

        public Task ClearStateAsync() => Task.CompletedTask;

        public Task ReadStateAsync() => Task.CompletedTask;

        public Task WriteStateAsync() => FailWrites ? Task.FromException(new IOException("disk full")) : Task.CompletedTask;
    }
}
