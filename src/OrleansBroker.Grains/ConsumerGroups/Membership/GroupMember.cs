using OrleansBroker.Abstractions.ConsumerGroups;

namespace OrleansBroker.Grains.ConsumerGroups.Membership;

/// <summary>One member of a group as the coordinator tracks it.</summary>
internal sealed class GroupMember(string memberId, JoinGroupRequest request)
{
    public string MemberId { get; } = memberId;

    public string? GroupInstanceId { get; } = request.GroupInstanceId;

    public string ClientId { get; } = request.ClientId;

    public string ClientHost { get; } = request.ClientHost;

    public int SessionTimeoutMs { get; private set; } = request.SessionTimeoutMs;

    public int RebalanceTimeoutMs { get; private set; } = request.RebalanceTimeoutMs;

    public string ProtocolType { get; } = request.ProtocolType;

    public IReadOnlyList<GroupProtocol> Protocols { get; private set; } = request.Protocols;

    /// <summary>The assignment the leader gave this member in the current generation.</summary>
    public byte[] Assignment { get; set; } = [];

    /// <summary>When the member was last heard from (ms since the Unix epoch).</summary>
    public long LastSeen { get; set; }

    /// <summary>The member's join call, waiting for the rebalance to gather everyone.</summary>
    public TaskCompletionSource<JoinGroupResponse>? PendingJoin { get; set; }

    /// <summary>The member's sync call, waiting for the leader's assignment.</summary>
    public TaskCompletionSource<SyncGroupResponse>? PendingSync { get; set; }

    /// <summary>Takes the settings of a rejoin; returns true when its protocols or metadata changed.</summary>
    public bool Update(JoinGroupRequest request)
    {
        var changed = Protocols.Count != request.Protocols.Count
            || Protocols.Zip(request.Protocols).Any(pair => pair.First.Name != pair.Second.Name || !pair.First.Metadata.AsSpan().SequenceEqual(pair.Second.Metadata));
        Protocols = request.Protocols;
        SessionTimeoutMs = request.SessionTimeoutMs;
        RebalanceTimeoutMs = request.RebalanceTimeoutMs;
        return changed;
    }

    /// <summary>This member's metadata for <paramref name="protocol"/>.</summary>
    public byte[] MetadataFor(string protocol) => Protocols.First(p => p.Name == protocol).Metadata;

    /// <summary>True when the member can use <paramref name="protocol"/>.</summary>
    public bool Supports(string protocol) => Protocols.Any(p => p.Name == protocol);
}
