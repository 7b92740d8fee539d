using System.Buffers;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Tests.Protocol;

/// <summary>
/// Checks the frame helpers: the size prefix is read only when complete (also across pipe segments) and refused
/// when negative or above the limit; written frames carry their exact size; a response frame reads back with its
/// correlation id, with the v0 header an ApiVersions v3 response needs.
/// </summary>
public sealed class KafkaFrameTests
{
    [Fact]
    public void TryReadSize_FewerThanFourBytes_IsFalse()
    {
        Assert.False(KafkaFrame.TryReadSize([0, 0, 1], 100, out _));
        Assert.False(KafkaFrame.TryReadSize(new ReadOnlySequence<byte>(new byte[3]), 100, out _));
    }

    [Fact]
    public void TryReadSize_CompletePrefix_GivesSize()
    {
        Assert.True(KafkaFrame.TryReadSize([0, 0, 1, 2, 9], 1_000, out var size));
        Assert.Equal(258, size);
    }

    [Fact]
    public void TryReadSize_PrefixSplitOverSegments_GivesSize()
    {
        var first = new Segment([0, 0]);
        var last = first.Append([1, 2, 9]);

        Assert.True(KafkaFrame.TryReadSize(new ReadOnlySequence<byte>(first, 0, last, 3), 1_000, out var size));
        Assert.Equal(258, size);
    }

    [Theory]
    [InlineData("FFFFFFFF", "Frame size -1 is outside 0..1000")]
    [InlineData("000003E9", "Frame size 1001 is outside 0..1000")]
    public void TryReadSize_NegativeOrAboveLimit_Throws(string prefix, string expected)
    {
        var error = Assert.Throws<KafkaProtocolException>(() => KafkaFrame.TryReadSize(Convert.FromHexString(prefix), 1_000, out _));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void WriteRequest_TwoFrames_EachPrefixedWithItsSize()
    {
        using var writer = new KafkaWriter();

        KafkaFrame.WriteRequest(writer, new RequestHeader(ApiKey.ListGroups, 0, 1, null), new ListGroupsRequest());
        var heartbeat = new HeartbeatRequest { GroupId = "g", MemberId = "m" };
        KafkaFrame.WriteRequest(writer, new RequestHeader(ApiKey.Heartbeat, 0, 2, "c"), heartbeat);

        var frames = writer.WrittenSpan.ToArray();
        Assert.True(KafkaFrame.TryReadSize(frames, 100, out var firstSize));
        Assert.Equal(10, firstSize);
        Assert.True(KafkaFrame.TryReadSize(frames.AsSpan(4 + firstSize), 100, out var secondSize));
        Assert.Equal(frames.Length - 8 - firstSize, secondSize);
    }

    [Fact]
    public void WriteRequest_HeaderOfAnotherApi_ThrowsArgumentException()
    {
        using var writer = new KafkaWriter();

        Assert.Throws<ArgumentException>(() =>
            KafkaFrame.WriteRequest(writer, new RequestHeader(ApiKey.Fetch, 4, 1, null), new ListGroupsRequest()));
    }

    [Fact]
    public void WriteResponseThenReadResponse_ApiVersionsV3_UsesHeaderV0AndKeepsCorrelationId()
    {
        using var writer = new KafkaWriter();
        var response = new ApiVersionsResponse { ApiKeys = [new() { ApiKey = ApiKey.Fetch, MinVersion = 4, MaxVersion = 11 }] };

        KafkaFrame.WriteResponse(writer, correlationId: 7, apiVersion: 3, response);
        var frame = writer.WrittenMemory[KafkaFrame.SizePrefixLength..];
        var read = KafkaFrame.ReadResponse<ApiVersionsResponse>(frame, 3, out var correlationId);

        Assert.Equal("00000007" + "0000", Convert.ToHexString(frame.Span[..6]));
        Assert.Equal(7, correlationId);
        Assert.Equal(ApiKey.Fetch, Assert.Single(read.ApiKeys).ApiKey);
    }

    [Fact]
    public void ReadResponse_TrailingBytes_Throws()
    {
        var frame = Convert.FromHexString("00000001" + "0000" + "00");

        var error = Assert.Throws<KafkaProtocolException>(() => KafkaFrame.ReadResponse<HeartbeatResponse>(frame, 0, out _));

        Assert.StartsWith("Heartbeat v0 response", error.Message, StringComparison.Ordinal);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] bytes) => Memory = bytes;

        public Segment Append(byte[] bytes)
        {
            var next = new Segment(bytes) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
