using OrleansBroker.Client;
using OrleansBroker.Client.Admin;

namespace OrleansBroker.Frontend.Api;

/// <summary>One group of <c>GET /api/groups</c>: its state and how many members it has.</summary>
public sealed record ConsumerGroupSummaryResponse(string GroupId, string State, int MemberCount)
{
    internal static ConsumerGroupSummaryResponse From(ConsumerGroupDescription group) =>
        new(group.GroupId, group.State.ToString(), group.Members.Count);
}

/// <summary>What <c>GET /api/groups/{group}</c> returns: the group, its members and each partition's lag.</summary>
public sealed record ConsumerGroupResponse(
    string GroupId,
    string State,
    string ProtocolType,
    string AssignmentStrategy,
    IReadOnlyList<ConsumerGroupMemberResponse> Members,
    IReadOnlyList<ConsumerGroupPartitionResponse> Partitions,
    long TotalLag)
{
    internal static ConsumerGroupResponse From(ConsumerGroupLag lag) => new(
        lag.Group.GroupId,
        lag.Group.State.ToString(),
        lag.Group.ProtocolType,
        lag.Group.AssignmentStrategy,
        [.. lag.Group.Members.Select(ConsumerGroupMemberResponse.From)],
        [.. lag.Partitions.Select(ConsumerGroupPartitionResponse.From)],
        lag.TotalLag);
}

/// <summary>An active member and the partitions it was assigned, by topic then partition.</summary>
public sealed record ConsumerGroupMemberResponse(string MemberId, string ClientId, string Host, IReadOnlyList<AssignedPartitionResponse> Assignment)
{
    internal static ConsumerGroupMemberResponse From(ConsumerGroupMember member) =>
        new(member.MemberId, member.ClientId, member.Host, [.. member.Assignment.Select(partition => new AssignedPartitionResponse(partition.Topic, partition.Partition))]);
}

/// <summary>A partition assigned to a member.</summary>
public sealed record AssignedPartitionResponse(string Topic, int Partition);

/// <summary>
/// A partition the group has committed or a member is assigned: committed offset, log end, lag (null where unknown)
/// and the owning member (null fields when no member has it).
/// </summary>
public sealed record ConsumerGroupPartitionResponse(
    string Topic,
    int Partition,
    long? CommittedOffset,
    long? LogEndOffset,
    long? Lag,
    string? MemberId,
    string? ClientId,
    string? Host)
{
    internal static ConsumerGroupPartitionResponse From(ConsumerGroupPartitionLag row) => new(
        row.TopicPartition.Topic,
        row.TopicPartition.Partition,
        row.CommittedOffset,
        row.LogEndOffset,
        row.Lag,
        row.Owner?.MemberId,
        row.Owner?.ClientId,
        row.Owner?.Host);
}

/// <summary>What <c>POST /api/groups/{group}/offsets/reset</c> returns: the new offsets, and whether they were committed.</summary>
public sealed record ConsumerGroupOffsetResetResponse(string GroupId, bool Executed, IReadOnlyList<ConsumerGroupOffsetResponse> Offsets);

/// <summary>A partition's new committed offset.</summary>
public sealed record ConsumerGroupOffsetResponse(string Topic, int Partition, long Offset)
{
    internal static ConsumerGroupOffsetResponse From(TopicPartitionOffset offset) => new(offset.Topic, offset.Partition, offset.Offset.Value);
}
