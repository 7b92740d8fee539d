using OrleansBroker.Kafka.Listener.Tests.Protocol;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;
using OrleansBroker.Records;

namespace OrleansBroker.Kafka.Listener.Tests.Fuzzing;

/// <summary>
/// Well-formed request frames (size prefix included) of every API the codec knows, at every version it supports,
/// written by the codec itself: the seeds the fuzzer mutates. They name the fuzz topic (so produced batches land
/// where the test reads them back) and a throw-away topic for everything that creates or deletes; fetches never wait.
/// </summary>
public static class FuzzRequests
{
    /// <summary>Every template frame for <paramref name="topic"/> (3 partitions) and the throw-away name <paramref name="scratchTopic"/>.</summary>
    public static IReadOnlyList<byte[]> For(string topic, string scratchTopic) =>
    [
        .. SupportedApis.All.SelectMany(range => Enumerable.Range(range.MinVersion, range.MaxVersion - range.MinVersion + 1)
            .Select(version => RawKafkaClient.Frame(Request(range.ApiKey, topic, scratchTopic), (short)version, correlationId: version))),
    ];

    private static IKafkaRequest Request(ApiKey apiKey, string topic, string scratchTopic) => apiKey switch
    {
        ApiKey.Produce => Produce(topic),
        ApiKey.Fetch => new FetchRequest
        {
            MaxWaitMs = 0,
            MinBytes = 0,
            Topics = [new FetchRequest.Topic { Name = topic, Partitions = [new FetchRequest.Partition { PartitionIndex = 1, FetchOffset = 0, PartitionMaxBytes = 4096 }] }],
        },
        ApiKey.ListOffsets => new ListOffsetsRequest { Topics = [new ListOffsetsRequest.Topic { Name = topic, Partitions = [new ListOffsetsRequest.Partition { PartitionIndex = 2, Timestamp = -1 }] }] },
        ApiKey.Metadata => new MetadataRequest { Topics = [new MetadataRequest.Topic { Name = topic }] },
        ApiKey.OffsetCommit => new OffsetCommitRequest
        {
            GroupId = "fuzz-group",
            Topics = [new OffsetCommitRequest.Topic { Name = topic, Partitions = [new OffsetCommitRequest.Partition { PartitionIndex = 0, CommittedOffset = 1 }] }],
        },
        ApiKey.OffsetFetch => new OffsetFetchRequest { GroupId = "fuzz-group", Topics = [new OffsetFetchRequest.Topic { Name = topic, PartitionIndexes = [0] }] },
        ApiKey.FindCoordinator => new FindCoordinatorRequest { Key = "fuzz-group" },
        ApiKey.JoinGroup => new JoinGroupRequest
        {
            GroupId = "fuzz-group",
            SessionTimeoutMs = 10_000,
            ProtocolType = "consumer",
            Protocols = [new JoinGroupRequest.Protocol { Name = "range", Metadata = new byte[] { 0, 1, 0, 0, 0, 0 } }],
        },
        ApiKey.Heartbeat => new HeartbeatRequest { GroupId = "fuzz-group", GenerationId = 1, MemberId = "member" },
        ApiKey.LeaveGroup => new LeaveGroupRequest { GroupId = "fuzz-group", MemberId = "member", Members = [new LeaveGroupRequest.Member { MemberId = "member" }] },
        ApiKey.SyncGroup => new SyncGroupRequest { GroupId = "fuzz-group", GenerationId = 1, MemberId = "member", Assignments = [new SyncGroupRequest.Assignment { MemberId = "member", Data = new byte[] { 0, 1 } }] },
        ApiKey.DescribeGroups => new DescribeGroupsRequest { Groups = ["fuzz-group"] },
        ApiKey.ListGroups => new ListGroupsRequest(),
        ApiKey.ApiVersions => new ApiVersionsRequest { ClientSoftwareName = "fuzz", ClientSoftwareVersion = "1.0" },
        ApiKey.CreateTopics => new CreateTopicsRequest
        {
            Topics = [new CreateTopicsRequest.Topic { Name = scratchTopic, NumPartitions = 2, ReplicationFactor = 1, Configs = [new CreateTopicsRequest.Config { Name = "retention.ms", Value = "60000" }] }],
        },
        ApiKey.DeleteTopics => new DeleteTopicsRequest { TopicNames = [scratchTopic], TimeoutMs = 1000 },
        ApiKey.DeleteRecords => new DeleteRecordsRequest { Topics = [new DeleteRecordsRequest.Topic { Name = scratchTopic, Partitions = [new DeleteRecordsRequest.Partition { PartitionIndex = 0, Offset = 0 }] }] },
        ApiKey.InitProducerId => new InitProducerIdRequest { TransactionTimeoutMs = 1000 },
        ApiKey.DescribeConfigs => new DescribeConfigsRequest { Resources = [new DescribeConfigsRequest.Resource { ResourceType = DescribeConfigsRequest.TopicResourceType, ResourceName = topic }] },
        ApiKey.CreatePartitions => new CreatePartitionsRequest { Topics = [new CreatePartitionsRequest.Topic { Name = scratchTopic, Count = 3 }], TimeoutMs = 1000 },
        ApiKey.DeleteGroups => new DeleteGroupsRequest { GroupNames = ["fuzz-group"] },
        _ => throw new ArgumentOutOfRangeException(nameof(apiKey), apiKey, "No fuzz template for this API: add one."),
    };

    private static ProduceRequest Produce(string topic)
    {
        var batch = new RecordBatchBuilder();
        batch.Add(1_700_000_000_000, "key"u8.ToArray(), "value"u8.ToArray());
        batch.Add(1_700_000_000_001, null, "second"u8.ToArray(), [new Header("h", "v"u8.ToArray())]);
        return new ProduceRequest
        {
            Acks = -1,
            TimeoutMs = 10_000,
            Topics = [new ProduceRequest.Topic { Name = topic, Partitions = [new ProduceRequest.Partition { Index = 0, Records = batch.Build() }] }],
        };
    }
}
