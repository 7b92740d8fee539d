using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Consuming.Groups;

/// <summary>One rebalance (join, sync, take up the assignment) and the heartbeats between rebalances.</summary>
internal sealed partial class GroupSession
{
    private const string ConsumerProtocolType = "consumer";
    private IReadOnlyDictionary<string, int>? _partitionCountsAssigned;

    /// <summary>Joins and syncs; returns true when the session is Stable, false when it must join again.</summary>
    private async Task<bool> RebalanceAsync(CancellationToken stop)
    {
        var cooperative = GroupAssignment.IsCooperative(_assignors);
        if (!cooperative)
        {
            await CommitConsumedAsync(_consumer.Assignment);
            _consumer.Revoke(_consumer.Assignment);
        }

        var join = await JoinAsync(stop);
        if (join.Error != ErrorCode.None)
        {
            await OnGroupErrorAsync(join.Error, stop);
            return false;
        }

        (_memberId, _generation) = (join.MemberId, join.GenerationId);
        var syncRequest = new SyncGroupRequest
        {
            MemberId = _memberId, GroupInstanceId = _config.GroupInstanceId, GenerationId = _generation,
            Assignments = join.MemberId == join.LeaderId ? await AssignAsLeaderAsync(join) : new Dictionary<string, byte[]>(),
        };
        var sync = await _client.GatewayLoss.RepeatOnLossAsync(() => _group.SyncGroupAsync(syncRequest));
        if (sync.Error != ErrorCode.None)
        {
            await OnGroupErrorAsync(sync.Error, stop);
            return false;
        }

        var revoked = await TakeUpAssignmentAsync(GroupAssignment.Partitions(sync.Assignment));
        return !(cooperative && revoked > 0);
    }

    private async Task<JoinGroupResponse> JoinAsync(CancellationToken stop)
    {
        while (true)
        {
            stop.ThrowIfCancellationRequested();
            var owned = _consumer.Assignment;
            var request = new JoinGroupRequest
            {
                MemberId = _memberId,
                GroupInstanceId = _config.GroupInstanceId,
                ClientId = _config.ClientId,
                ClientHost = _client.ClientHost,
                SessionTimeoutMs = _config.SessionTimeoutMs,
                RebalanceTimeoutMs = _config.MaxPollIntervalMs,
                ProtocolType = ConsumerProtocolType,
                Protocols = [.. _assignors.Select(assignor => new GroupProtocol(assignor.Name, GroupAssignment.Subscription(assignor, _topics, owned, _generation)))],
                RequireKnownMemberId = true,
            };
            var response = await _client.GatewayLoss.RepeatOnLossAsync(() => _group.JoinGroupAsync(request));
            if (response.Error != ErrorCode.MemberIdRequired)
            {
                return response;
            }

            _memberId = response.MemberId;
        }
    }

    /// <summary>The leader's part: run the chosen assignor over every member's subscription.</summary>
    private async Task<IReadOnlyDictionary<string, byte[]>> AssignAsLeaderAsync(JoinGroupResponse join)
    {
        var subscriptions = GroupAssignment.Subscriptions(join.Members);
        var counts = await PartitionCountsAsync(subscriptions.Values.SelectMany(subscription => subscription.Topics).Distinct(StringComparer.Ordinal));
        _partitionCountsAssigned = counts;
        return GroupAssignment.Assign(join.ProtocolName!, counts, subscriptions);
    }

    /// <summary>Revokes what is no longer ours, starts what is new from the committed offsets; returns how many were revoked.</summary>
    private async Task<int> TakeUpAssignmentAsync(IReadOnlyList<TopicPartition> assigned)
    {
        var owned = _consumer.Assignment;
        var revoked = owned.Except(assigned).ToList();
        if (revoked.Count > 0)
        {
            await CommitConsumedAsync(revoked);
            _consumer.Revoke(revoked);
        }

        var added = assigned.Except(owned).ToList();
        if (added.Count > 0)
        {
            var committed = await _client.GatewayLoss.RepeatOnLossAsync(() => _group.FetchOffsetsAsync(added));
            var reset = _config.AutoOffsetReset == AutoOffsetReset.Earliest ? Offset.Beginning : Offset.End;
            await _consumer.AssignAsync([.. committed.Select(offset => new TopicPartitionOffset(offset.Partition, offset.Offset >= 0 ? offset.Offset : reset))]);
        }

        return revoked.Count;
    }

    private async Task HeartbeatUntilRebalanceAsync(CancellationToken stop)
    {
        var nextCommit = DateTime.UtcNow.AddMilliseconds(_config.AutoCommitIntervalMs);
        while (!stop.IsCancellationRequested)
        {
            await Task.Delay(_config.HeartbeatIntervalMs, stop);
            var error = await _client.GatewayLoss.RepeatOnLossAsync(() => _group.HeartbeatAsync(_memberId, _config.GroupInstanceId, _generation));
            if (error != ErrorCode.None)
            {
                await OnGroupErrorAsync(error, stop);
                return;
            }

            if (DateTime.UtcNow >= nextCommit)
            {
                await CommitConsumedAsync(_consumer.Assignment);
                nextCommit = DateTime.UtcNow.AddMilliseconds(_config.AutoCommitIntervalMs);
            }

            if (_partitionCountsAssigned is { } assigned && await PartitionCountsChangedAsync(assigned))
            {
                return;
            }
        }
    }

    /// <summary>The leader watches for topics that appear or grow, and rebalances to spread the new partitions.</summary>
    private async Task<bool> PartitionCountsChangedAsync(IReadOnlyDictionary<string, int> assigned)
    {
        var current = await PartitionCountsAsync(assigned.Keys);
        return current.Any(pair => assigned.GetValueOrDefault(pair.Key) != pair.Value);
    }

    private async Task<IReadOnlyDictionary<string, int>> PartitionCountsAsync(IEnumerable<string> topics)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            _client.Metadata.Invalidate(topic);
            counts[topic] = await _client.Metadata.TryGetAsync(topic) is { } metadata ? metadata.PartitionCount : 0;
        }

        return counts;
    }

    /// <summary>Reacts to a coordinator error: rejoin with a new id when forgotten, stop for good on a fatal one.</summary>
    private async Task OnGroupErrorAsync(ErrorCode error, CancellationToken stop)
    {
        switch (error)
        {
            case ErrorCode.RebalanceInProgress:
                return;
            case ErrorCode.UnknownMemberId or ErrorCode.IllegalGeneration:
                _consumer.Revoke(_consumer.Assignment);
                if (error == ErrorCode.UnknownMemberId)
                {
                    (_memberId, _generation) = ("", -1);
                }

                return;
            case ErrorCode.InconsistentGroupProtocol or ErrorCode.InvalidSessionTimeout or ErrorCode.FencedInstanceId or ErrorCode.InvalidGroupId:
                _consumer.Fail(new BrokerException(error, $"Consumer group '{_config.GroupId}' refused this consumer: {error}."));
                await _stop.CancelAsync();
                return;
            default:
                await DelayAsync(RetryDelay, stop);
                return;
        }
    }
}
