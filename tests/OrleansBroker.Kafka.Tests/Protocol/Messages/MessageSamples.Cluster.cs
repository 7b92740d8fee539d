using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Tests.Protocol.Messages;

/// <summary>Samples of the cluster-level APIs: ApiVersions, Metadata, FindCoordinator, DescribeConfigs.</summary>
public static partial class MessageSamples
{
    public static ApiVersionsRequest ApiVersionsRequest(short? v) => new()
    {
        ClientSoftwareName = In(v, 3) ? "librdkafka" : "",
        ClientSoftwareVersion = In(v, 3) ? "2.3.0" : "",
    };

    public static ApiVersionsResponse ApiVersionsResponse(short? v) => new()
    {
        ErrorCode = 35,
        ApiKeys =
        [
            new() { ApiKey = ApiKey.Produce, MinVersion = 0, MaxVersion = 8 },
            new() { ApiKey = (ApiKey)17, MinVersion = 1, MaxVersion = 1 },
        ],
        ThrottleTimeMs = In(v, 1) ? 250 : 0,
        SupportedFeatures = In(v, 3) ? [new() { Name = "metadata.version", MinVersion = 1, MaxVersion = 21 }] : [],
        FinalizedFeaturesEpoch = In(v, 3) ? 77 : -1,
        FinalizedFeatures = In(v, 3) ? [new() { Name = "metadata.version", MaxVersionLevel = 20, MinVersionLevel = 20 }] : [],
        ZkMigrationReady = In(v, 3),
    };

    public static MetadataRequest MetadataRequest(short? v) => new()
    {
        Topics = [new() { Name = "orders" }, new() { Name = "payments" }],
        AllowAutoTopicCreation = !In(v, 4),
        IncludeClusterAuthorizedOperations = In(v, 8, 10),
        IncludeTopicAuthorizedOperations = In(v, 8),
    };

    public static MetadataResponse MetadataResponse(short? v) => new()
    {
        ThrottleTimeMs = In(v, 3) ? 17 : 0,
        Brokers =
        [
            new() { NodeId = 1, Host = "silo-1.local", Port = 9092, Rack = In(v, 1) ? "rack-a" : null },
            new() { NodeId = 2, Host = "silo-2.local", Port = 9093 },
        ],
        ClusterId = In(v, 2) ? "orleans-broker" : null,
        ControllerId = In(v, 1) ? 2 : -1,
        Topics =
        [
            new()
            {
                ErrorCode = 0,
                Name = "orders",
                IsInternal = In(v, 1),
                Partitions =
                [
                    new()
                    {
                        ErrorCode = 5,
                        PartitionIndex = 3,
                        LeaderId = 2,
                        LeaderEpoch = In(v, 7) ? 9 : -1,
                        ReplicaNodes = [2, 1],
                        IsrNodes = [2],
                        OfflineReplicas = In(v, 5) ? [1] : [],
                    },
                ],
                TopicAuthorizedOperations = In(v, 8) ? 0x0F : int.MinValue,
            },
            new() { ErrorCode = 3, Name = "missing" },
        ],
        ClusterAuthorizedOperations = In(v, 8, 10) ? 0x1F : int.MinValue,
    };

    public static FindCoordinatorRequest FindCoordinatorRequest(short? v) => new()
    {
        Key = "billing-group",
        KeyType = In(v, 1) ? (sbyte)1 : (sbyte)0,
    };

    public static FindCoordinatorResponse FindCoordinatorResponse(short? v) => new()
    {
        ThrottleTimeMs = In(v, 1) ? 5 : 0,
        ErrorCode = 15,
        ErrorMessage = In(v, 1) ? "loading" : null,
        NodeId = 3,
        Host = "silo-3.local",
        Port = 9094,
    };

    public static DescribeConfigsRequest DescribeConfigsRequest(short? v) => new()
    {
        Resources =
        [
            new() { ResourceType = 2, ResourceName = "orders", ConfigurationKeys = ["retention.ms", "segment.bytes"] },
            new() { ResourceType = 4, ResourceName = "1", ConfigurationKeys = null },
        ],
        IncludeSynonyms = In(v, 1),
        IncludeDocumentation = In(v, 3),
    };

    public static DescribeConfigsResponse DescribeConfigsResponse(short? v) => new()
    {
        ThrottleTimeMs = 12,
        Results =
        [
            new()
            {
                ErrorCode = 3,
                ErrorMessage = "no such topic",
                ResourceType = 2,
                ResourceName = "orders",
                Configs =
                [
                    new()
                    {
                        Name = "retention.ms",
                        Value = "86400000",
                        ReadOnly = true,
                        IsDefault = In(v, 0, 0),
                        ConfigSource = In(v, 1) ? (sbyte)1 : (sbyte)-1,
                        IsSensitive = true,
                        Synonyms = In(v, 1)
                            ?
                            [
                                new() { Name = "log.retention.ms", Value = "604800000", Source = 4 },
                                new() { Name = "log.retention.hours", Source = 5 },
                            ]
                            : [],
                        ConfigType = In(v, 3) ? (sbyte)5 : (sbyte)0,
                        Documentation = In(v, 3) ? "How long to keep records." : null,
                    },
                ],
            },
        ],
    };
}
