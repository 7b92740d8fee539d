using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Tests.Protocol.Messages;

/// <summary>Samples of the APIs around the log: Produce, Fetch, ListOffsets, DeleteRecords, InitProducerId.</summary>
public static partial class MessageSamples
{
    public static ProduceRequest ProduceRequest(short? v) => new()
    {
        TransactionalId = In(v, 3) ? "tx-7" : null,
        Acks = -1,
        TimeoutMs = 30_000,
        Topics =
        [
            new()
            {
                Name = "orders",
                Partitions = [new() { Index = 2, Records = Bytes(0, 0, 0, 0, 0, 0, 0, 7, 1, 2, 3) }, new() { Index = 5, Records = null }],
            },
        ],
    };

    public static ProduceResponse ProduceResponse(short? v) => new()
    {
        Topics =
        [
            new()
            {
                Name = "orders",
                Partitions =
                [
                    new()
                    {
                        Index = 2,
                        ErrorCode = 10,
                        BaseOffset = 1_000_000_000_000,
                        LogAppendTimeMs = In(v, 2) ? 1_700_000_000_000 : -1,
                        LogStartOffset = In(v, 5) ? 42 : -1,
                        RecordErrors = In(v, 8)
                            ? [new() { BatchIndex = 3, BatchIndexErrorMessage = "too big" }, new() { BatchIndex = 4 }]
                            : [],
                        ErrorMessage = In(v, 8) ? "record 3 is too large" : null,
                    },
                ],
            },
        ],
        ThrottleTimeMs = In(v, 1) ? 100 : 0,
    };

    public static FetchRequest FetchRequest(short? v) => new()
    {
        ReplicaId = 7,
        MaxWaitMs = 500,
        MinBytes = 1,
        MaxBytes = 52_428_800,
        IsolationLevel = 1,
        SessionId = In(v, 7) ? 12 : 0,
        SessionEpoch = In(v, 7) ? 3 : -1,
        Topics =
        [
            new()
            {
                Name = "orders",
                Partitions =
                [
                    new()
                    {
                        PartitionIndex = 4,
                        CurrentLeaderEpoch = In(v, 9) ? 6 : -1,
                        FetchOffset = 123_456_789_012,
                        LogStartOffset = In(v, 5) ? 10 : -1,
                        PartitionMaxBytes = 1_048_576,
                    },
                ],
            },
        ],
        ForgottenTopics = In(v, 7) ? [new() { Name = "payments", Partitions = [0, 2] }] : [],
        RackId = In(v, 11) ? "rack-b" : "",
    };

    public static FetchResponse FetchResponse(short? v) => new()
    {
        ThrottleTimeMs = 9,
        ErrorCode = In(v, 7) ? (short)71 : (short)0,
        SessionId = In(v, 7) ? 12 : 0,
        Topics =
        [
            new()
            {
                Name = "orders",
                Partitions =
                [
                    new()
                    {
                        PartitionIndex = 4,
                        ErrorCode = 1,
                        HighWatermark = 5_000,
                        LastStableOffset = 4_990,
                        LogStartOffset = In(v, 5) ? 100 : -1,
                        AbortedTransactions = [new() { ProducerId = 8_000, FirstOffset = 4_000 }],
                        PreferredReadReplica = In(v, 11) ? 2 : -1,
                        Records = Bytes(9, 8, 7, 6, 5),
                    },
                    new() { PartitionIndex = 5, HighWatermark = 1, AbortedTransactions = null, Records = null },
                ],
            },
        ],
    };

    public static ListOffsetsRequest ListOffsetsRequest(short? v) => new()
    {
        ReplicaId = 3,
        IsolationLevel = In(v, 2) ? (sbyte)1 : (sbyte)0,
        Topics =
        [
            new()
            {
                Name = "orders",
                Partitions =
                [
                    new() { PartitionIndex = 1, CurrentLeaderEpoch = In(v, 4) ? 5 : -1, Timestamp = 1_700_000_000_000 },
                    new() { PartitionIndex = 2, Timestamp = Kafka.Protocol.Messages.ListOffsetsRequest.EarliestTimestamp },
                ],
            },
        ],
    };

    public static ListOffsetsResponse ListOffsetsResponse(short? v) => new()
    {
        ThrottleTimeMs = In(v, 2) ? 3 : 0,
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
                        ErrorCode = 3,
                        Timestamp = 1_700_000_000_123,
                        Offset = 77,
                        LeaderEpoch = In(v, 4) ? 5 : -1,
                    },
                ],
            },
        ],
    };

    public static DeleteRecordsRequest DeleteRecordsRequest(short? v) => new()
    {
        Topics = [new() { Name = "orders", Partitions = [new() { PartitionIndex = 2, Offset = 900 }] }],
        TimeoutMs = 15_000,
    };

    public static DeleteRecordsResponse DeleteRecordsResponse(short? v) => new()
    {
        ThrottleTimeMs = 4,
        Topics = [new() { Name = "orders", Partitions = [new() { PartitionIndex = 2, LowWatermark = 900, ErrorCode = 1 }] }],
    };

    public static InitProducerIdRequest InitProducerIdRequest(short? v) => new()
    {
        TransactionalId = "tx-7",
        TransactionTimeoutMs = 60_000,
    };

    public static InitProducerIdResponse InitProducerIdResponse(short? v) => new()
    {
        ThrottleTimeMs = 2,
        ErrorCode = 47,
        ProducerId = 4_000_000_000,
        ProducerEpoch = 3,
    };
}
