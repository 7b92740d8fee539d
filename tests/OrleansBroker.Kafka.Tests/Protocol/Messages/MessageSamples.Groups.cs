using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Tests.Protocol.Messages;

/// <summary>Samples of the consumer group APIs: membership, offsets, listing, describing and deleting.</summary>
public static partial class MessageSamples
{
    public static JoinGroupRequest JoinGroupRequest(short? v) => new()
    {
        GroupId = "billing",
        SessionTimeoutMs = 45_000,
        RebalanceTimeoutMs = In(v, 1) ? 300_000 : -1,
        MemberId = "rdkafka-1234",
        GroupInstanceId = In(v, 5) ? "pod-7" : null,
        ProtocolType = "consumer",
        Protocols = [new() { Name = "range", Metadata = Bytes(0, 1, 2) }, new() { Name = "roundrobin", Metadata = Bytes(3) }],
    };

    public static JoinGroupResponse JoinGroupResponse(short? v) => new()
    {
        ThrottleTimeMs = In(v, 2) ? 8 : 0,
        ErrorCode = 79,
        GenerationId = 4,
        ProtocolName = "range",
        Leader = "rdkafka-1234",
        MemberId = "rdkafka-5678",
        Members =
        [
            new() { MemberId = "rdkafka-1234", GroupInstanceId = In(v, 5) ? "pod-7" : null, Metadata = Bytes(0, 1) },
            new() { MemberId = "rdkafka-5678", Metadata = Bytes() },
        ],
    };

    public static SyncGroupRequest SyncGroupRequest(short? v) => new()
    {
        GroupId = "billing",
        GenerationId = 4,
        MemberId = "rdkafka-1234",
        GroupInstanceId = In(v, 3) ? "pod-7" : null,
        Assignments = [new() { MemberId = "rdkafka-1234", Data = Bytes(0, 1, 0, 0, 0, 1) }],
    };

    public static SyncGroupResponse SyncGroupResponse(short? v) => new()
    {
        ThrottleTimeMs = In(v, 1) ? 6 : 0,
        ErrorCode = 27,
        Assignment = Bytes(0, 1, 0, 0, 0, 1),
    };

    public static HeartbeatRequest HeartbeatRequest(short? v) => new()
    {
        GroupId = "billing",
        GenerationId = 4,
        MemberId = "rdkafka-1234",
        GroupInstanceId = In(v, 3) ? "pod-7" : null,
    };

    public static HeartbeatResponse HeartbeatResponse(short? v) => new()
    {
        ThrottleTimeMs = In(v, 1) ? 6 : 0,
        ErrorCode = 27,
    };

    public static LeaveGroupRequest LeaveGroupRequest(short? v) => new()
    {
        GroupId = "billing",
        MemberId = In(v, 0, 2) ? "rdkafka-1234" : "",
        Members = In(v, 3) ? [new() { MemberId = "rdkafka-1234", GroupInstanceId = "pod-7" }, new() { MemberId = "rdkafka-5678" }] : [],
    };

    public static LeaveGroupResponse LeaveGroupResponse(short? v) => new()
    {
        ThrottleTimeMs = In(v, 1) ? 6 : 0,
        ErrorCode = 25,
        Members = In(v, 3) ? [new() { MemberId = "rdkafka-1234", GroupInstanceId = "pod-7", ErrorCode = 25 }] : [],
    };

    public static OffsetCommitRequest OffsetCommitRequest(short? v) => new()
    {
        GroupId = "billing",
        GenerationIdOrMemberEpoch = In(v, 1) ? 4 : -1,
        MemberId = In(v, 1) ? "rdkafka-1234" : "",
        GroupInstanceId = In(v, 7) ? "pod-7" : null,
        RetentionTimeMs = In(v, 2, 4) ? 86_400_000 : -1,
        Topics =
        [
            new()
            {
                Name = "orders",
                Partitions =
                [
                    new()
                    {
                        PartitionIndex = 2,
                        CommittedOffset = 501,
                        CommittedLeaderEpoch = In(v, 6) ? 9 : -1,
                        CommitTimestamp = In(v, 1, 1) ? 1_700_000_000_000 : -1,
                        CommittedMetadata = "checkpoint",
                    },
                    new() { PartitionIndex = 3, CommittedOffset = 7, CommittedMetadata = null },
                ],
            },
        ],
    };

    public static OffsetCommitResponse OffsetCommitResponse(short? v) => new()
    {
        ThrottleTimeMs = In(v, 3) ? 6 : 0,
        Topics = [new() { Name = "orders", Partitions = [new() { PartitionIndex = 2, ErrorCode = 22 }] }],
    };

    public static OffsetFetchRequest OffsetFetchRequest(short? v) => new()
    {
        GroupId = "billing",
        Topics = [new() { Name = "orders", PartitionIndexes = [0, 1, 2] }],
    };

    public static OffsetFetchResponse OffsetFetchResponse(short? v) => new()
    {
        ThrottleTimeMs = In(v, 3) ? 6 : 0,
        Topics =
        [
            new()
            {
                Name = "orders",
                Partitions =
                [
                    new()
                    {
                        PartitionIndex = 1,
                        CommittedOffset = 501,
                        CommittedLeaderEpoch = In(v, 5) ? 9 : -1,
                        Metadata = "checkpoint",
                        ErrorCode = 3,
                    },
                ],
            },
        ],
        ErrorCode = In(v, 2) ? (short)16 : (short)0,
    };

    public static ListGroupsRequest ListGroupsRequest(short? v) => new();

    public static ListGroupsResponse ListGroupsResponse(short? v) => new()
    {
        ThrottleTimeMs = In(v, 1) ? 6 : 0,
        ErrorCode = 14,
        Groups = [new() { GroupId = "billing", ProtocolType = "consumer" }],
    };

    public static DescribeGroupsRequest DescribeGroupsRequest(short? v) => new()
    {
        Groups = ["billing", "shipping"],
        IncludeAuthorizedOperations = In(v, 3),
    };

    public static DescribeGroupsResponse DescribeGroupsResponse(short? v) => new()
    {
        ThrottleTimeMs = In(v, 1) ? 6 : 0,
        Groups =
        [
            new()
            {
                ErrorCode = 16,
                GroupId = "billing",
                GroupState = "Stable",
                ProtocolType = "consumer",
                ProtocolData = "range",
                Members =
                [
                    new()
                    {
                        MemberId = "rdkafka-1234",
                        GroupInstanceId = In(v, 4) ? "pod-7" : null,
                        ClientId = "billing-app",
                        ClientHost = "/10.0.0.7",
                        MemberMetadata = Bytes(0, 1),
                        MemberAssignment = Bytes(0, 1, 0, 0),
                    },
                ],
                AuthorizedOperations = In(v, 3) ? 0x07 : int.MinValue,
            },
        ],
    };

    public static DeleteGroupsRequest DeleteGroupsRequest(short? v) => new() { GroupNames = ["billing", "shipping"] };

    public static DeleteGroupsResponse DeleteGroupsResponse(short? v) => new()
    {
        ThrottleTimeMs = 6,
        Results = [new() { GroupId = "billing", ErrorCode = 68 }],
    };
}
