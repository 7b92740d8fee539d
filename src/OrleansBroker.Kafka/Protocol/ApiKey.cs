namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// The Kafka APIs this codec knows, numbered as on the wire (the request header's first int16). A request may carry
/// any other number; such keys are simply not defined here and the listener refuses them.
/// </summary>
public enum ApiKey : short
{
    /// <summary>Appends record batches to partitions.</summary>
    Produce = 0,

    /// <summary>Reads record batches from partitions.</summary>
    Fetch = 1,

    /// <summary>Looks up offsets: earliest, latest or by timestamp.</summary>
    ListOffsets = 2,

    /// <summary>Brokers, topics, partitions and their leaders.</summary>
    Metadata = 3,

    /// <summary>Stores a consumer group's committed offsets.</summary>
    OffsetCommit = 8,

    /// <summary>Reads a consumer group's committed offsets.</summary>
    OffsetFetch = 9,

    /// <summary>Finds the broker that coordinates a group (or transaction).</summary>
    FindCoordinator = 10,

    /// <summary>Joins a consumer group (classic group protocol).</summary>
    JoinGroup = 11,

    /// <summary>Keeps a group member alive.</summary>
    Heartbeat = 12,

    /// <summary>Leaves a consumer group.</summary>
    LeaveGroup = 13,

    /// <summary>Hands out (leader) or collects (followers) the partition assignment.</summary>
    SyncGroup = 14,

    /// <summary>Describes groups: state, protocol and members.</summary>
    DescribeGroups = 15,

    /// <summary>Lists the groups a broker coordinates.</summary>
    ListGroups = 16,

    /// <summary>The version ranges a broker supports; the first request of most clients.</summary>
    ApiVersions = 18,

    /// <summary>Creates topics.</summary>
    CreateTopics = 19,

    /// <summary>Deletes topics.</summary>
    DeleteTopics = 20,

    /// <summary>Moves partitions' log start offsets forward.</summary>
    DeleteRecords = 21,

    /// <summary>Hands out a producer id and epoch for idempotent producing.</summary>
    InitProducerId = 22,

    /// <summary>Describes topic or broker configurations.</summary>
    DescribeConfigs = 32,

    /// <summary>Raises topics' partition counts.</summary>
    CreatePartitions = 37,

    /// <summary>Deletes empty consumer groups.</summary>
    DeleteGroups = 42,
}
