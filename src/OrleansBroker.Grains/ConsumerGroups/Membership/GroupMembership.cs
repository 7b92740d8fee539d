using OrleansBroker.Abstractions.ConsumerGroups;

namespace OrleansBroker.Grains.ConsumerGroups.Membership;

/// <summary>
/// The membership half of Kafka's classic group protocol, free of Orleans so it can be tested with a fake clock:
/// Empty → PreparingRebalance (members join; a new group first waits group.initial.rebalance.delay.ms) →
/// CompletingRebalance (the leader computes the assignment) → Stable (members heartbeat). A member that stops
/// heartbeating for its session timeout, or does not rejoin within the rebalance timeout, is removed.
/// Not thread-safe: the owning grain serialises calls, and calls <see cref="Tick"/> periodically.
/// </summary>
internal sealed partial class GroupMembership(GroupMembershipOptions options, TimeProvider time)
{
    private readonly Dictionary<string, GroupMember> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _staticMemberIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _memberIdsAwaitingJoin = new(StringComparer.Ordinal);
    private long _rebalanceDeadline;
    private long _initialDelayDeadline = -1;
    private long _initialDelayLimit;

    public GroupState State { get; private set; } = GroupState.Empty;

    public int GenerationId { get; private set; }

    public string? ProtocolType { get; private set; }

    public string? ProtocolName { get; private set; }

    public string? LeaderId { get; private set; }

    public IReadOnlyCollection<GroupMember> Members => _members.Values;

    private long Now => time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Kafka's JoinGroup; the task completes when the rebalance completes (or at once with an error).</summary>
    public Task<JoinGroupResponse> JoinAsync(JoinGroupRequest request)
    {
        if (ValidateJoin(request) is { } invalid)
        {
            return Task.FromResult(new JoinGroupResponse { Error = invalid, MemberId = request.MemberId });
        }

        if (request.GroupInstanceId is { } instance && _staticMemberIds.TryGetValue(instance, out var current) && current != request.MemberId)
        {
            if (request.MemberId.Length > 0)
            {
                return Task.FromResult(new JoinGroupResponse { Error = ErrorCode.FencedInstanceId, MemberId = request.MemberId });
            }

            // A static member restarted: its new incarnation replaces the old one.
            Remove(_members[current], ErrorCode.FencedInstanceId);
        }

        if (request.MemberId.Length == 0)
        {
            var memberId = $"{(request.ClientId.Length > 0 ? request.ClientId : "member")}-{Guid.NewGuid():D}";
            if (request.RequireKnownMemberId && request.GroupInstanceId is null)
            {
                _memberIdsAwaitingJoin[memberId] = Now + request.SessionTimeoutMs;
                return Task.FromResult(new JoinGroupResponse { Error = ErrorCode.MemberIdRequired, MemberId = memberId });
            }

            return AddMember(memberId, request);
        }

        if (_memberIdsAwaitingJoin.Remove(request.MemberId))
        {
            return AddMember(request.MemberId, request);
        }

        return _members.TryGetValue(request.MemberId, out var member)
            ? Rejoin(member, request)
            : Task.FromResult(new JoinGroupResponse { Error = ErrorCode.UnknownMemberId, MemberId = request.MemberId });
    }

    /// <summary>Kafka's SyncGroup; the task completes when the leader has handed in the assignment.</summary>
    public Task<SyncGroupResponse> SyncAsync(SyncGroupRequest request)
    {
        var error = Fence(request.MemberId, request.GroupInstanceId, request.GenerationId);
        if (error == ErrorCode.None && State == GroupState.PreparingRebalance)
        {
            error = ErrorCode.RebalanceInProgress;
        }

        if (error != ErrorCode.None)
        {
            return Task.FromResult(new SyncGroupResponse(error, ProtocolType, ProtocolName, []));
        }

        var member = _members[request.MemberId];
        member.LastSeen = Now;
        if (State == GroupState.Stable)
        {
            return Task.FromResult(SyncAnswer(member));
        }

        member.PendingSync ??= new TaskCompletionSource<SyncGroupResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (request.MemberId == LeaderId)
        {
            CompleteSync(request.Assignments);
        }

        return member.PendingSync?.Task ?? Task.FromResult(SyncAnswer(member));
    }

    /// <summary>Kafka's Heartbeat: keeps the member alive; RebalanceInProgress asks it to rejoin.</summary>
    public ErrorCode Heartbeat(string memberId, string? groupInstanceId, int generationId)
    {
        var error = Fence(memberId, groupInstanceId, generationId);
        if (error != ErrorCode.None)
        {
            return error;
        }

        _members[memberId].LastSeen = Now;
        return State == GroupState.PreparingRebalance ? ErrorCode.RebalanceInProgress : ErrorCode.None;
    }

    /// <summary>Kafka's LeaveGroup: the member's partitions are reassigned at once.</summary>
    public ErrorCode Leave(string memberId, string? groupInstanceId)
    {
        var id = memberId.Length == 0 && groupInstanceId is not null ? _staticMemberIds.GetValueOrDefault(groupInstanceId, "") : memberId;
        if (!_members.TryGetValue(id, out var member))
        {
            return ErrorCode.UnknownMemberId;
        }

        Remove(member, ErrorCode.UnknownMemberId);
        RebalanceAfterRemoval();
        return ErrorCode.None;
    }

    /// <summary>Whether an offset commit may go ahead: only from a current member of the current generation (not while the new assignment is being made), or from outside an empty group.</summary>
    public ErrorCode CheckCommit(string memberId, string? groupInstanceId, int generationId)
    {
        if (generationId < 0 && memberId.Length == 0)
        {
            return _members.Count == 0 ? ErrorCode.None : ErrorCode.NonEmptyGroup;
        }

        var error = Fence(memberId, groupInstanceId, generationId);
        if (error != ErrorCode.None)
        {
            return error;
        }

        // Kafka takes commits of the current generation while members rejoin (eager consumers commit before they
        // rejoin), but not between the join and the new assignment.
        _members[memberId].LastSeen = Now;
        return State == GroupState.CompletingRebalance ? ErrorCode.RebalanceInProgress : ErrorCode.None;
    }

    /// <summary>Removes members whose session expired and completes a rebalance whose wait is over.</summary>
    public void Tick()
    {
        var now = Now;
        foreach (var expired in _memberIdsAwaitingJoin.Where(pair => pair.Value < now).Select(pair => pair.Key).ToList())
        {
            _memberIdsAwaitingJoin.Remove(expired);
        }

        var dead = _members.Values.Where(member => member.PendingJoin is null && now - member.LastSeen > member.SessionTimeoutMs).ToList();
        dead.ForEach(member => Remove(member, ErrorCode.UnknownMemberId));
        if (dead.Count > 0)
        {
            RebalanceAfterRemoval();
        }

        TryCompleteJoin();
    }

    /// <summary>True when the group has no members.</summary>
    public bool IsEmpty => _members.Count == 0;
}
