using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Client.ConsumerGroups.Assignors;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Consuming.Groups;

/// <summary>
/// A consumer's membership in its group, run in the background as Kafka's classic protocol asks: join (the leader
/// computes the assignment), sync, take up the assigned partitions from the group's committed offsets, then
/// heartbeat and auto-commit until the group rebalances, and join again. Eager protocols give up every partition
/// before rejoining; the cooperative one gives up only those that move, then rejoins so they can be handed over.
/// </summary>
internal sealed partial class GroupSession : IAsyncDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);
    private readonly IConsumerGroupGrain _group;
    private readonly BrokerClient _client;
    private readonly ConsumerConfig _config;
    private readonly IGroupAssignee _consumer;
    private readonly IReadOnlyList<string> _topics;
    private readonly IReadOnlyList<IPartitionAssignor> _assignors;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _commitLock = new(1, 1);
    private readonly Task _loop;
    private string _memberId = "";
    private int _generation = -1;

    public GroupSession(BrokerClient client, ConsumerConfig config, IGroupAssignee consumer, IReadOnlyList<string> topics)
    {
        _client = client;
        _config = config;
        _consumer = consumer;
        _topics = topics;
        _assignors = GroupAssignment.Resolve(config.PartitionAssignmentStrategy);
        _group = client.Cluster.GetGrain<IConsumerGroupGrain>(config.GroupId ?? throw new ArgumentException("A group session needs a group id.", nameof(config)));
        _loop = Task.Run(() => RunAsync(_stop.Token));
    }

    /// <summary>Commits <paramref name="offsets"/> as this member of the current generation.</summary>
    public async Task CommitAsync(IReadOnlyList<CommittedOffset> offsets)
    {
        if (offsets.Count == 0)
        {
            return;
        }

        await _commitLock.WaitAsync();
        try
        {
            var request = new OffsetCommitRequest
            {
                MemberId = _memberId, GroupInstanceId = _config.GroupInstanceId, GenerationId = _generation, Offsets = offsets,
            };
            var error = await _client.GatewayLoss.RepeatOnLossAsync(() => _group.CommitOffsetsAsync(request));
            if (error != ErrorCode.None)
            {
                throw new BrokerException(error, $"Commit to group '{_config.GroupId}' failed with {error}: the group has rebalanced or this consumer left it; the partitions may now belong to another member.");
            }
        }
        finally
        {
            _commitLock.Release();
        }
    }

    /// <summary>
    /// Commits what was consumed (with auto-commit), then leaves the group so its partitions move at once. Leaving
    /// also ends a join the session may be waiting in, so closing never waits for a rebalance.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await UnlessUnreachableAsync(() => CommitConsumedAsync(_consumer.Assignment));
        _consumer.Revoke(_consumer.Assignment);
        if (_memberId.Length > 0)
        {
            await UnlessUnreachableAsync(() => _client.GatewayLoss.RepeatOnLossAsync(() => _group.LeaveGroupAsync(_memberId, _config.GroupInstanceId)));
        }

        await _loop;
    }

    /// <summary>
    /// Runs a step of closing; with no silo to reach, closing still completes, as Kafka's does: without the last commit
    /// the partitions resume from the previous one, and without the leave the member expires after its session timeout.
    /// </summary>
    private static async Task UnlessUnreachableAsync(Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is OrleansException or TimeoutException or OperationCanceledException)
        {
        }
    }

    private async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (await RebalanceAsync(stop))
                {
                    await HeartbeatUntilRebalanceAsync(stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception) when (!stop.IsCancellationRequested)
            {
                // The coordinator's silo may be failing over: rejoin shortly.
                await DelayAsync(RetryDelay, stop);
            }
        }
    }

    /// <summary>Commits the consumed positions when auto-commit is on; a failed commit is left for the next one.</summary>
    private async Task CommitConsumedAsync(IReadOnlyList<TopicPartition> partitions)
    {
        if (!_config.EnableAutoCommit || _generation < 0)
        {
            return;
        }

        try
        {
            await CommitAsync(_consumer.StoredOffsetsOf(partitions));
        }
        catch (BrokerException)
        {
            // Fenced: the partitions already belong to someone else, who resumes from the last good commit.
        }
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
