namespace OrleansBroker.Records;

/// <summary>
/// Why a broker operation failed. The numeric values are Kafka's protocol error codes, so the
/// Kafka listener can pass them through unchanged and Kafka users recognise them.
/// </summary>
public enum ErrorCode : short
{
    /// <summary>An error the broker did not expect (Kafka's UNKNOWN_SERVER_ERROR).</summary>
    Unknown = -1,

    /// <summary>No error.</summary>
    None = 0,

    /// <summary>The requested offset is below the log start offset or past the log end offset.</summary>
    OffsetOutOfRange = 1,

    /// <summary>A record batch failed its CRC check or is otherwise malformed.</summary>
    CorruptMessage = 2,

    /// <summary>The topic or partition does not exist.</summary>
    UnknownTopicOrPartition = 3,

    /// <summary>The request did not complete within its timeout (Kafka's REQUEST_TIMED_OUT).</summary>
    RequestTimedOut = 7,

    /// <summary>No broker could be reached at the given address.</summary>
    BrokerNotAvailable = 8,

    /// <summary>A record batch is larger than the topic's max.message.bytes.</summary>
    MessageTooLarge = 10,

    /// <summary>The topic name breaks Kafka's naming rules.</summary>
    InvalidTopic = 17,

    /// <summary>A produce request asked for acks other than 0, 1 or -1.</summary>
    InvalidRequiredAcks = 21,

    /// <summary>The member's generation is not the group's current one (a stale member); rejoin.</summary>
    IllegalGeneration = 22,

    /// <summary>The member's protocol type or protocols do not match the group's.</summary>
    InconsistentGroupProtocol = 23,

    /// <summary>The group id is empty or otherwise invalid.</summary>
    InvalidGroupId = 24,

    /// <summary>The member id is not in the group (removed after a session timeout, or never joined); rejoin.</summary>
    UnknownMemberId = 25,

    /// <summary>The session timeout is outside the broker's allowed range.</summary>
    InvalidSessionTimeout = 26,

    /// <summary>The group is rebalancing; rejoin.</summary>
    RebalanceInProgress = 27,

    /// <summary>The API version is not one the broker serves.</summary>
    UnsupportedVersion = 35,

    /// <summary>The topic already exists.</summary>
    TopicAlreadyExists = 36,

    /// <summary>The partition count is invalid (below 1, or not an increase).</summary>
    InvalidPartitions = 37,

    /// <summary>The replication factor cannot be honoured by this deployment.</summary>
    InvalidReplicationFactor = 38,

    /// <summary>A configuration name or value is invalid.</summary>
    InvalidConfig = 40,

    /// <summary>The request is malformed or asks for something that makes no sense.</summary>
    InvalidRequest = 42,

    /// <summary>The records use a message format the broker does not accept (magic 0 or 1: only RecordBatch v2 is).</summary>
    UnsupportedForMessageFormat = 43,

    /// <summary>
    /// An idempotent producer's batch does not continue its sequence on the partition (a batch is missing before
    /// it, or a new epoch does not start at 0); nothing was written.
    /// </summary>
    OutOfOrderSequenceNumber = 45,

    /// <summary>An idempotent producer's batch carries an epoch older than the partition has seen: a newer instance replaced it.</summary>
    InvalidProducerEpoch = 47,

    /// <summary>The broker's storage failed (disk error); the request may be retried.</summary>
    KafkaStorageError = 56,

    /// <summary>The group has active members, so it cannot be deleted or have its offsets reset.</summary>
    NonEmptyGroup = 68,

    /// <summary>The group does not exist.</summary>
    GroupIdNotFound = 69,

    /// <summary>The batch uses a compression codec the broker does not support.</summary>
    UnsupportedCompressionType = 76,

    /// <summary>A new member must join again with the member id the broker just assigned it.</summary>
    MemberIdRequired = 79,

    /// <summary>Another member with the same group instance id has replaced this one.</summary>
    FencedInstanceId = 82,

    /// <summary>A record inside a batch is invalid (bad offset delta, count, or field).</summary>
    InvalidRecord = 87,
}
