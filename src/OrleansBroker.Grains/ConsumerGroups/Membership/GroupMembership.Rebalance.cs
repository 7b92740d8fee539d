using OrleansBroker.Abstractions.ConsumerGroups;

namespace OrleansBroker.Grains.ConsumerGroups.Membership;

/// <summary>The rebalance itself: gathering joins, choosing protocol and leader, handing out the assignment.</summary>
internal sealed partial class GroupMembership
{
    private ErrorCode? ValidateJoin(JoinGroupRequest request)
    {
        if (request.SessionTimeoutMs < options.MinSessionTimeoutMs || request.SessionTimeoutMs > options.MaxSessionTimeoutMs)
        {
            return ErrorCode.InvalidSessionTimeout;
        }

        if (request.ProtocolType.Length == 0 || request.Protocols.Count == 0)
        {
            return ErrorCode.InconsistentGroupProtocol;
        }

        var others = _members.Values.Where(member => member.MemberId != request.MemberId).ToList();
        var compatible = others.Count == 0
            || (request.ProtocolType == ProtocolType && request.Protocols.Any(protocol => others.All(member => member.Supports(protocol.Name))));
        return compatible ? null : ErrorCode.InconsistentGroupProtocol;
    }

    private Task<JoinGroupResponse> AddMember(string memberId, JoinGroupRequest request)
    {
        var member = new GroupMember(memberId, request) { LastSeen = Now };
        member.PendingJoin = NewJoin();
        _members[memberId] = member;
        ProtocolType ??= request.ProtocolType;
        if (request.GroupInstanceId is { } instance)
        {
            _staticMemberIds[instance] = memberId;
        }

        if (State == GroupState.PreparingRebalance)
        {
            ExtendInitialDelay();
        }
        else
        {
            PrepareRebalance();
        }

        TryCompleteJoin();
        return member.PendingJoin?.Task ?? Task.FromResult(JoinAnswer(member));
    }

    private Task<JoinGroupResponse> Rejoin(GroupMember member, JoinGroupRequest request)
    {
        var changed = member.Update(request);
        member.LastSeen = Now;
        switch (State)
        {
            case GroupState.CompletingRebalance when !changed:
            case GroupState.Stable when !changed && member.MemberId != LeaderId:
                // A retried join: answer with the generation the member already belongs to.
                return Task.FromResult(JoinAnswer(member));
            case GroupState.PreparingRebalance:
                break;
            default:
                PrepareRebalance();
                break;
        }

        member.PendingJoin ??= NewJoin();
        TryCompleteJoin();
        return member.PendingJoin?.Task ?? Task.FromResult(JoinAnswer(member));
    }

    private void PrepareRebalance()
    {
        foreach (var member in _members.Values)
        {
            member.PendingSync?.TrySetResult(new SyncGroupResponse(ErrorCode.RebalanceInProgress, ProtocolType, ProtocolName, []));
            member.PendingSync = null;
        }

        var now = Now;
        var rebalanceTimeout = _members.Values.Select(member => member.RebalanceTimeoutMs).DefaultIfEmpty(0).Max();
        if (State == GroupState.Empty && options.InitialRebalanceDelayMs > 0)
        {
            _initialDelayDeadline = now + Math.Min(options.InitialRebalanceDelayMs, rebalanceTimeout);
            _initialDelayLimit = now + rebalanceTimeout;
        }

        _rebalanceDeadline = now + rebalanceTimeout;
        State = GroupState.PreparingRebalance;
    }

    /// <summary>Each member joining a new group pushes the first assignment back by the initial delay, up to the rebalance timeout.</summary>
    private void ExtendInitialDelay()
    {
        if (_initialDelayDeadline >= 0)
        {
            _initialDelayDeadline = Math.Min(Now + options.InitialRebalanceDelayMs, _initialDelayLimit);
        }
    }

    private void RebalanceAfterRemoval()
    {
        if (State is GroupState.Stable or GroupState.CompletingRebalance || _members.Count == 0)
        {
            PrepareRebalance();
        }

        TryCompleteJoin();
    }

    private void TryCompleteJoin()
    {
        var now = Now;
        if (State != GroupState.PreparingRebalance || (_initialDelayDeadline >= 0 && now < _initialDelayDeadline))
        {
            return;
        }

        var everyoneJoined = _members.Values.All(member => member.PendingJoin is not null);
        if (!everyoneJoined && now < _rebalanceDeadline)
        {
            return;
        }

        foreach (var late in _members.Values.Where(member => member.PendingJoin is null).ToList())
        {
            Remove(late, ErrorCode.UnknownMemberId);
        }

        _initialDelayDeadline = -1;
        GenerationId++;
        if (_members.Count == 0)
        {
            State = GroupState.Empty;
            (ProtocolType, ProtocolName, LeaderId) = (null, null, null);
            return;
        }

        ProtocolName = ChooseProtocol();
        LeaderId = LeaderId is not null && _members.ContainsKey(LeaderId) ? LeaderId : _members.Keys.First();
        State = GroupState.CompletingRebalance;
        foreach (var member in _members.Values)
        {
            member.Assignment = [];
            member.LastSeen = now;
            var join = member.PendingJoin!;
            member.PendingJoin = null;
            join.TrySetResult(JoinAnswer(member));
        }
    }

    /// <summary>Kafka's vote: among protocols every member supports, each member votes for its most preferred.</summary>
    private string ChooseProtocol()
    {
        var members = _members.Values.ToList();
        var candidates = members[0].Protocols.Select(p => p.Name).Where(name => members.All(member => member.Supports(name))).ToList();
        return candidates
            .Select((name, rank) => (name, rank, votes: members.Count(member => member.Protocols.First(p => candidates.Contains(p.Name)).Name == name)))
            .OrderByDescending(candidate => candidate.votes)
            .ThenBy(candidate => candidate.rank)
            .First().name;
    }

    private void CompleteSync(IReadOnlyDictionary<string, byte[]> assignments)
    {
        State = GroupState.Stable;
        foreach (var member in _members.Values)
        {
            member.Assignment = assignments.GetValueOrDefault(member.MemberId, []);
            var sync = member.PendingSync;
            member.PendingSync = null;
            sync?.TrySetResult(SyncAnswer(member));
        }
    }

    private ErrorCode Fence(string memberId, string? groupInstanceId, int generationId)
    {
        if (groupInstanceId is not null && _staticMemberIds.TryGetValue(groupInstanceId, out var current) && current != memberId)
        {
            return ErrorCode.FencedInstanceId;
        }

        if (!_members.ContainsKey(memberId))
        {
            return ErrorCode.UnknownMemberId;
        }

        return generationId == GenerationId ? ErrorCode.None : ErrorCode.IllegalGeneration;
    }

    private void Remove(GroupMember member, ErrorCode reason)
    {
        _members.Remove(member.MemberId);
        if (member.GroupInstanceId is { } instance && _staticMemberIds.GetValueOrDefault(instance) == member.MemberId)
        {
            _staticMemberIds.Remove(instance);
        }

        member.PendingJoin?.TrySetResult(new JoinGroupResponse { Error = reason, MemberId = member.MemberId });
        member.PendingSync?.TrySetResult(new SyncGroupResponse(reason, ProtocolType, ProtocolName, []));
        if (LeaderId == member.MemberId)
        {
            LeaderId = null;
        }
    }

    private JoinGroupResponse JoinAnswer(GroupMember member) => new()
    {
        GenerationId = GenerationId,
        ProtocolType = ProtocolType,
        ProtocolName = ProtocolName,
        LeaderId = LeaderId ?? "",
        MemberId = member.MemberId,
        Members = member.MemberId == LeaderId
            ? [.. _members.Values.Select(m => new JoinedMember(m.MemberId, m.GroupInstanceId, m.MetadataFor(ProtocolName!)))]
            : [],
    };

    private SyncGroupResponse SyncAnswer(GroupMember member) => new(ErrorCode.None, ProtocolType, ProtocolName, member.Assignment);

    private static TaskCompletionSource<JoinGroupResponse> NewJoin() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
