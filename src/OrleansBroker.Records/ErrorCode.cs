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

    /// <summary>No broker could be reached at the given address.</summary>
    BrokerNotAvailable = 8,

    /// <summary>A record batch is larger than the topic's max.message.bytes.</summary>
    MessageTooLarge = 10,

    /// <summary>The topic name breaks Kafka's naming rules.</summary>
    InvalidTopic = 17,

    /// <summary>The broker's storage failed (disk error); the request may be retried.</summary>
    KafkaStorageError = 56,

    /// <summary>The topic already exists.</summary>
    TopicAlreadyExists = 36,

    /// <summary>The partition count is invalid (below 1, or not an increase).</summary>
    InvalidPartitions = 37,

    /// <summary>The replication factor cannot be honoured by this deployment.</summary>
    InvalidReplicationFactor = 38,

    /// <summary>The request is malformed or asks for something that makes no sense.</summary>
    InvalidRequest = 42,

    /// <summary>A configuration name or value is invalid.</summary>
    InvalidConfig = 40,

    /// <summary>The batch uses a compression codec the broker does not support.</summary>
    UnsupportedCompressionType = 76,

    /// <summary>A record inside a batch is invalid (bad offset delta, count, or field).</summary>
    InvalidRecord = 87,
}
