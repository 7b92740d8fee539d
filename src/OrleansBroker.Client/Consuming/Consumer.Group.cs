using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Client.Consuming.Groups;
using OrleansBroker.Client.Internal;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Consuming;

/// <summary>The consumer as a group member: subscribe, commit, and the assignee side of its <see cref="GroupSession"/>.</summary>
internal sealed partial class Consumer<TKey, TValue> : IGroupAssignee
{
    private GroupSession? _session;
    private BrokerException? _groupError;

    /// <summary>Told about partitions the group assigned to this consumer.</summary>
    public Action<IReadOnlyList<TopicPartition>>? PartitionsAssigned { get; init; }

    /// <summary>Told about partitions the group took away from this consumer.</summary>
    public Action<IReadOnlyList<TopicPartition>>? PartitionsRevoked { get; init; }

    public void Subscribe(IEnumerable<string> topics)
    {
        if (string.IsNullOrEmpty(config.GroupId))
        {
            throw new BrokerException(ErrorCode.InvalidGroupId, "Subscribing needs a group id (ConsumerConfig.GroupId); without one, assign partitions instead.");
        }

        if (_session is not null)
        {
            throw new InvalidOperationException("Already subscribed; unsubscribe first.");
        }

        Unassign();
        _session = new GroupSession(client, config, this, [.. topics.Distinct(StringComparer.Ordinal)]);
    }

    public async Task UnsubscribeAsync() => await CloseGroupAsync();

    public Task CommitAsync(CancellationToken cancellationToken = default) =>
        RequireSession().CommitAsync(StoredOffsetsOf(Assignment)).WaitAsync(cancellationToken);

    public async Task CommitAsync(IEnumerable<TopicPartitionOffset> offsets, CancellationToken cancellationToken = default)
    {
        var session = RequireSession();
        List<CommittedOffset> committed = [.. offsets.Select(offset => new CommittedOffset(offset.TopicPartition, offset.Offset.Value, null))];
        await ExistingPartitions.RequireAsync(client.Metadata, committed.Select(offset => offset.Partition)).WaitAsync(cancellationToken);
        await session.CommitAsync(committed).WaitAsync(cancellationToken);
    }

    public void Revoke(IReadOnlyList<TopicPartition> partitions)
    {
        if (partitions.Count == 0)
        {
            return;
        }

        StopFetchers(partitions);
        PartitionsRevoked?.Invoke(partitions);
    }

    async Task IGroupAssignee.AssignAsync(IReadOnlyList<TopicPartitionOffset> partitions)
    {
        foreach (var position in partitions)
        {
            await StartFetcherAsync(position);
        }

        PartitionsAssigned?.Invoke([.. partitions.Select(position => position.TopicPartition)]);
    }

    public void Fail(BrokerException error)
    {
        lock (_lock)
        {
            _groupError = error;
        }
    }

    /// <summary>Throws the group's refusal, if any, on the consuming thread.</summary>
    private void ThrowIfGroupFailed()
    {
        if (_groupError is { } error)
        {
            _groupError = null;
            throw error;
        }
    }

    private async Task CloseGroupAsync()
    {
        if (_session is { } session)
        {
            _session = null;
            await session.DisposeAsync();
        }
    }

    private GroupSession RequireSession() =>
        _session ?? throw new InvalidOperationException("Committing needs a group: subscribe with a group id first.");
}
