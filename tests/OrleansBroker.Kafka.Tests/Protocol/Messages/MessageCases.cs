using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Tests.Protocol.Messages;

/// <summary>Every request and response type of the codec, with its samples, and helpers to encode them.</summary>
public static class MessageCases
{
    public static IReadOnlyList<IMessageCase> All { get; } =
    [
        new MessageCase<ApiVersionsRequest>(MessageSamples.ApiVersionsRequest),
        new MessageCase<ApiVersionsResponse>(MessageSamples.ApiVersionsResponse),
        new MessageCase<MetadataRequest>(MessageSamples.MetadataRequest),
        new MessageCase<MetadataResponse>(MessageSamples.MetadataResponse),
        new MessageCase<ProduceRequest>(MessageSamples.ProduceRequest),
        new MessageCase<ProduceResponse>(MessageSamples.ProduceResponse),
        new MessageCase<FetchRequest>(MessageSamples.FetchRequest),
        new MessageCase<FetchResponse>(MessageSamples.FetchResponse),
        new MessageCase<ListOffsetsRequest>(MessageSamples.ListOffsetsRequest),
        new MessageCase<ListOffsetsResponse>(MessageSamples.ListOffsetsResponse),
        new MessageCase<FindCoordinatorRequest>(MessageSamples.FindCoordinatorRequest),
        new MessageCase<FindCoordinatorResponse>(MessageSamples.FindCoordinatorResponse),
        new MessageCase<JoinGroupRequest>(MessageSamples.JoinGroupRequest),
        new MessageCase<JoinGroupResponse>(MessageSamples.JoinGroupResponse),
        new MessageCase<SyncGroupRequest>(MessageSamples.SyncGroupRequest),
        new MessageCase<SyncGroupResponse>(MessageSamples.SyncGroupResponse),
        new MessageCase<HeartbeatRequest>(MessageSamples.HeartbeatRequest),
        new MessageCase<HeartbeatResponse>(MessageSamples.HeartbeatResponse),
        new MessageCase<LeaveGroupRequest>(MessageSamples.LeaveGroupRequest),
        new MessageCase<LeaveGroupResponse>(MessageSamples.LeaveGroupResponse),
        new MessageCase<OffsetCommitRequest>(MessageSamples.OffsetCommitRequest),
        new MessageCase<OffsetCommitResponse>(MessageSamples.OffsetCommitResponse),
        new MessageCase<OffsetFetchRequest>(MessageSamples.OffsetFetchRequest),
        new MessageCase<OffsetFetchResponse>(MessageSamples.OffsetFetchResponse),
        new MessageCase<CreateTopicsRequest>(MessageSamples.CreateTopicsRequest),
        new MessageCase<CreateTopicsResponse>(MessageSamples.CreateTopicsResponse),
        new MessageCase<DeleteTopicsRequest>(MessageSamples.DeleteTopicsRequest),
        new MessageCase<DeleteTopicsResponse>(MessageSamples.DeleteTopicsResponse),
        new MessageCase<CreatePartitionsRequest>(MessageSamples.CreatePartitionsRequest),
        new MessageCase<CreatePartitionsResponse>(MessageSamples.CreatePartitionsResponse),
        new MessageCase<DescribeConfigsRequest>(MessageSamples.DescribeConfigsRequest),
        new MessageCase<DescribeConfigsResponse>(MessageSamples.DescribeConfigsResponse),
        new MessageCase<ListGroupsRequest>(MessageSamples.ListGroupsRequest),
        new MessageCase<ListGroupsResponse>(MessageSamples.ListGroupsResponse),
        new MessageCase<DescribeGroupsRequest>(MessageSamples.DescribeGroupsRequest),
        new MessageCase<DescribeGroupsResponse>(MessageSamples.DescribeGroupsResponse),
        new MessageCase<DeleteGroupsRequest>(MessageSamples.DeleteGroupsRequest),
        new MessageCase<DeleteGroupsResponse>(MessageSamples.DeleteGroupsResponse),
        new MessageCase<DeleteRecordsRequest>(MessageSamples.DeleteRecordsRequest),
        new MessageCase<DeleteRecordsResponse>(MessageSamples.DeleteRecordsResponse),
        new MessageCase<InitProducerIdRequest>(MessageSamples.InitProducerIdRequest),
        new MessageCase<InitProducerIdResponse>(MessageSamples.InitProducerIdResponse),
    ];

    /// <summary>Every (message type, supported version) pair, for theories.</summary>
    public static TheoryData<string, short> EveryVersion => Versions(All);

    /// <summary>Every (request type, supported version) pair, for theories.</summary>
    public static TheoryData<string, short> EveryRequestVersion => Versions(All.Where(@case => @case.IsRequest));

    public static IMessageCase Named(string name) => All.Single(@case => @case.Name == name);

    /// <summary>The body alone, as <see cref="IKafkaWritable.Write"/> produces it.</summary>
    public static byte[] Encode(IKafkaMessage message, short version)
    {
        using var writer = new KafkaWriter();
        message.Write(writer, version);
        return writer.WrittenSpan.ToArray();
    }

    /// <summary>A whole request frame with its size prefix, as a client sends it.</summary>
    public static byte[] EncodeRequestFrame(IKafkaMessage request, short version)
    {
        using var writer = new KafkaWriter();
        var header = new RequestHeader(request.ApiKey, version, CorrelationId: 42, ClientId: "test-client");
        KafkaFrame.WriteRequest(writer, header, (IKafkaRequest)request);
        return writer.WrittenSpan.ToArray();
    }

    private static TheoryData<string, short> Versions(IEnumerable<IMessageCase> cases)
    {
        var data = new TheoryData<string, short>();
        foreach (var @case in cases)
        {
            SupportedApis.TryGet(@case.ApiKey, out var range);
            for (var version = range.MinVersion; version <= range.MaxVersion; version++)
            {
                data.Add(@case.Name, version);
            }
        }

        return data;
    }
}
