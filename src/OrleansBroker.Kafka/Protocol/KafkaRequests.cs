using System.Diagnostics;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Protocol;

/// <summary>Decodes request bodies by API key: what the listener calls once it has read a frame's header.</summary>
public static class KafkaRequests
{
    /// <summary>
    /// Reads the body that follows <paramref name="header"/>, which must fill the rest of the frame. Throws
    /// <see cref="KafkaProtocolException"/> for an API or version outside <see cref="SupportedApis"/> and for a
    /// malformed body, then naming the API and version. An ApiVersions request of an unsupported version must be
    /// answered rather than refused: check <see cref="SupportedApis.IsSupported"/> before calling this.
    /// </summary>
    public static IKafkaRequest ReadBody(ref KafkaReader reader, RequestHeader header)
    {
        var version = header.ApiVersion;
        SupportedApis.EnsureSupported(header.ApiKey, version);
        try
        {
            var request = Read(ref reader, header.ApiKey, version);
            reader.EnsureEnd("The request");
            return request;
        }
        catch (KafkaProtocolException e)
        {
            throw new KafkaProtocolException($"{header.ApiKey} v{version} request: {e.Message}", e);
        }
    }

    private static IKafkaRequest Read(ref KafkaReader reader, ApiKey apiKey, short version) => apiKey switch
    {
        ApiKey.Produce => ProduceRequest.Read(ref reader, version),
        ApiKey.Fetch => FetchRequest.Read(ref reader, version),
        ApiKey.ListOffsets => ListOffsetsRequest.Read(ref reader, version),
        ApiKey.Metadata => MetadataRequest.Read(ref reader, version),
        ApiKey.OffsetCommit => OffsetCommitRequest.Read(ref reader, version),
        ApiKey.OffsetFetch => OffsetFetchRequest.Read(ref reader, version),
        ApiKey.FindCoordinator => FindCoordinatorRequest.Read(ref reader, version),
        ApiKey.JoinGroup => JoinGroupRequest.Read(ref reader, version),
        ApiKey.Heartbeat => HeartbeatRequest.Read(ref reader, version),
        ApiKey.LeaveGroup => LeaveGroupRequest.Read(ref reader, version),
        ApiKey.SyncGroup => SyncGroupRequest.Read(ref reader, version),
        ApiKey.DescribeGroups => DescribeGroupsRequest.Read(ref reader, version),
        ApiKey.ListGroups => ListGroupsRequest.Read(ref reader, version),
        ApiKey.ApiVersions => ApiVersionsRequest.Read(ref reader, version),
        ApiKey.CreateTopics => CreateTopicsRequest.Read(ref reader, version),
        ApiKey.DeleteTopics => DeleteTopicsRequest.Read(ref reader, version),
        ApiKey.DeleteRecords => DeleteRecordsRequest.Read(ref reader, version),
        ApiKey.InitProducerId => InitProducerIdRequest.Read(ref reader, version),
        ApiKey.DescribeConfigs => DescribeConfigsRequest.Read(ref reader, version),
        ApiKey.CreatePartitions => CreatePartitionsRequest.Read(ref reader, version),
        ApiKey.DeleteGroups => DeleteGroupsRequest.Read(ref reader, version),
        _ => throw new UnreachableException($"{apiKey} is in SupportedApis but has no request type"),
    };
}
