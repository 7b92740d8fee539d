using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Tests.Protocol.Messages;

/// <summary>Samples of the topic admin APIs: CreateTopics, DeleteTopics, CreatePartitions.</summary>
public static partial class MessageSamples
{
    public static CreateTopicsRequest CreateTopicsRequest(short? v) => new()
    {
        Topics =
        [
            new()
            {
                Name = "orders",
                NumPartitions = 6,
                ReplicationFactor = 3,
                Assignments = [new() { PartitionIndex = 0, BrokerIds = [1, 2, 3] }],
                Configs = [new() { Name = "retention.ms", Value = "1000" }, new() { Name = "cleanup.policy", Value = null }],
            },
        ],
        TimeoutMs = 5_000,
        ValidateOnly = In(v, 1),
    };

    public static CreateTopicsResponse CreateTopicsResponse(short? v) => new()
    {
        ThrottleTimeMs = In(v, 2) ? 6 : 0,
        Topics = [new() { Name = "orders", ErrorCode = 36, ErrorMessage = In(v, 1) ? "Topic 'orders' already exists." : null }],
    };

    public static DeleteTopicsRequest DeleteTopicsRequest(short? v) => new()
    {
        TopicNames = ["orders", "payments"],
        TimeoutMs = 5_000,
    };

    public static DeleteTopicsResponse DeleteTopicsResponse(short? v) => new()
    {
        ThrottleTimeMs = In(v, 1) ? 6 : 0,
        Topics = [new() { Name = "orders", ErrorCode = 3 }],
    };

    public static CreatePartitionsRequest CreatePartitionsRequest(short? v) => new()
    {
        Topics =
        [
            new() { Name = "orders", Count = 8, Assignments = [new() { BrokerIds = [1, 2] }, new() { BrokerIds = [2, 3] }] },
            new() { Name = "payments", Count = 4, Assignments = null },
        ],
        TimeoutMs = 5_000,
        ValidateOnly = true,
    };

    public static CreatePartitionsResponse CreatePartitionsResponse(short? v) => new()
    {
        ThrottleTimeMs = 6,
        Results = [new() { Name = "orders", ErrorCode = 37, ErrorMessage = "Count must rise" }],
    };
}
