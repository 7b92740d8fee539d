using System.Runtime.InteropServices;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Tests.Protocol.Messages;

/// <summary>
/// Whole frames worked out by hand from Kafka's protocol guide and message definitions, checked in both directions
/// (encode gives exactly these bytes, decode gives back the message): ApiVersions v0 and v3 requests (header v1
/// versus v2, compact strings, an empty tagged-field section), Metadata requests for all topics in v0 and v1, an
/// ApiVersions v3 response with tagged fields under a v0 header, the v0 answer to an unsupported version, and a
/// Produce v3 request whose records decode as a slice of the frame.
/// </summary>
public sealed class GoldenBytesTests
{
    [Fact]
    public void ApiVersionsV0Request_Frame()
    {
        const string Frame = "0000000C" + "0012" + "0000" + "00000001" + "0002" + "6162";

        var request = AssertRequestFrame<ApiVersionsRequest>(Frame, new RequestHeader(ApiKey.ApiVersions, 0, 1, "ab"), new ApiVersionsRequest());

        Assert.Equal("", request.ClientSoftwareName);
    }

    [Fact]
    public void ApiVersionsV3Request_FlexibleHeaderAndCompactStrings()
    {
        const string Frame = "00000017" + "0012" + "0003" + "00000007" + "0002" + "6162" + "00"
            + "05" + "6B636174" + "04" + "312E37" + "00";

        var request = AssertRequestFrame<ApiVersionsRequest>(
            Frame,
            new RequestHeader(ApiKey.ApiVersions, 3, 7, "ab"),
            new ApiVersionsRequest { ClientSoftwareName = "kcat", ClientSoftwareVersion = "1.7" });

        Assert.Equal("kcat", request.ClientSoftwareName);
        Assert.Equal("1.7", request.ClientSoftwareVersion);
    }

    [Fact]
    public void MetadataV1Request_NullTopicList_MeansAllTopics()
    {
        const string Frame = "0000000E" + "0003" + "0001" + "00000002" + "FFFF" + "FFFFFFFF";

        var request = AssertRequestFrame<MetadataRequest>(Frame, new RequestHeader(ApiKey.Metadata, 1, 2, null), new MetadataRequest());

        Assert.Null(request.Topics);
    }

    [Fact]
    public void MetadataV0Request_EmptyTopicList_ReadsAsNullMeaningAllTopics()
    {
        const string Frame = "0000000E" + "0003" + "0000" + "00000002" + "FFFF" + "00000000";

        var request = AssertRequestFrame<MetadataRequest>(Frame, new RequestHeader(ApiKey.Metadata, 0, 2, null), new MetadataRequest());

        Assert.Null(request.Topics);
    }

    [Fact]
    public void ApiVersionsV3Response_TaggedFieldsUnderHeaderV0()
    {
        const string Frame = "00000020" + "00000007" + "0000" + "02" + "0012" + "0000" + "0003" + "00" + "00000000"
            + "02" + "01" + "08" + "0000000000000005" + "03" + "01" + "01";
        var response = new ApiVersionsResponse
        {
            ApiKeys = [new() { ApiKey = ApiKey.ApiVersions, MinVersion = 0, MaxVersion = 3 }],
            FinalizedFeaturesEpoch = 5,
            ZkMigrationReady = true,
        };

        var read = AssertResponseFrame(Frame, 7, 3, response);

        Assert.Equal(5, read.FinalizedFeaturesEpoch);
        Assert.True(read.ZkMigrationReady);
        Assert.Empty(read.SupportedFeatures);
    }

    [Fact]
    public void ApiVersionsV0Response_UnsupportedVersionAnswer()
    {
        const string Frame = "00000010" + "00000001" + "0023" + "00000001" + "0012" + "0000" + "0003";
        var response = new ApiVersionsResponse
        {
            ErrorCode = 35,
            ApiKeys = [new() { ApiKey = ApiKey.ApiVersions, MinVersion = 0, MaxVersion = 3 }],
        };

        Assert.Equal(35, AssertResponseFrame(Frame, 1, 0, response).ErrorCode);
    }

    [Fact]
    public void ProduceV3Request_RecordsAreASliceOfTheFrame()
    {
        const string Frame = "00000028" + "0000" + "0003" + "00000005" + "FFFF"
            + "FFFF" + "FFFF" + "00007530" + "00000001" + "0001" + "74" + "00000001" + "00000000" + "00000003" + "AABBCC";
        var expected = new ProduceRequest
        {
            Acks = -1,
            TimeoutMs = 30_000,
            Topics = [new() { Name = "t", Partitions = [new() { Index = 0, Records = new byte[] { 0xAA, 0xBB, 0xCC } }] }],
        };

        var request = AssertRequestFrame<ProduceRequest>(Frame, new RequestHeader(ApiKey.Produce, 3, 5, null), expected);

        var records = request.Topics[0].Partitions[0].Records!.Value;
        Assert.True(MemoryMarshal.TryGetArray(records, out var segment));
        Assert.Equal(Convert.FromHexString(Frame).Length - 3, segment.Offset);
    }

    private static T AssertRequestFrame<T>(string frameHex, RequestHeader header, T request)
        where T : IKafkaRequest
    {
        using var writer = new KafkaWriter();
        KafkaFrame.WriteRequest(writer, header, request);
        Assert.Equal(frameHex, Convert.ToHexString(writer.WrittenSpan));

        var frame = Convert.FromHexString(frameHex);
        Assert.True(KafkaFrame.TryReadSize(frame, 1_000, out var size));
        var reader = new KafkaReader(frame.AsMemory(KafkaFrame.SizePrefixLength, size));
        var readHeader = RequestHeader.Read(ref reader);
        var read = KafkaRequests.ReadBody(ref reader, readHeader);
        Assert.Equal(header, readHeader);
        Assert.Equal(MessageJson.Of(request), MessageJson.Of(read));
        return Assert.IsType<T>(read);
    }

    private static ApiVersionsResponse AssertResponseFrame(string frameHex, int correlationId, short version, ApiVersionsResponse response)
    {
        using var writer = new KafkaWriter();
        KafkaFrame.WriteResponse(writer, correlationId, version, response);
        Assert.Equal(frameHex, Convert.ToHexString(writer.WrittenSpan));

        var frame = Convert.FromHexString(frameHex)[KafkaFrame.SizePrefixLength..];
        var read = KafkaFrame.ReadResponse<ApiVersionsResponse>(frame, version, out var readCorrelationId);
        Assert.Equal(correlationId, readCorrelationId);
        Assert.Equal(MessageJson.Of(response), MessageJson.Of(read));
        return read;
    }
}
