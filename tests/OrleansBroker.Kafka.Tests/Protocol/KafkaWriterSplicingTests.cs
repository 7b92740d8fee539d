using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Tests.Protocol;

/// <summary>
/// Checks <see cref="KafkaWriter.SpliceFrom"/>: a response whose large byte fields are spliced goes out byte for byte
/// as the same response written whole (frame size included), smaller fields and fields inside tagged fields are still
/// copied, and the buffer alone can no longer be taken once something was spliced.
/// </summary>
public sealed class KafkaWriterSplicingTests
{
    [Fact]
    public async Task WriteToAsync_FetchResponseWithLargeRecords_SameBytesAsWrittenWhole()
    {
        var response = new FetchResponse
        {
            Topics =
            [
                new FetchResponse.Topic
                {
                    Name = "orders",
                    Partitions = [Partition(0, Bytes(300, seed: 1)), Partition(1, Bytes(10, seed: 2)), Partition(2, Bytes(200, seed: 3))],
                },
            ],
        };
        using var whole = new KafkaWriter();
        KafkaFrame.WriteResponse(whole, 7, 11, response);
        using var spliced = new KafkaWriter { SpliceFrom = 100 };
        KafkaFrame.WriteResponse(spliced, 7, 11, response);

        Assert.Equal(whole.Length, spliced.TotalLength);
        Assert.Equal(whole.Length - 500, spliced.Length);
        Assert.Equal(whole.WrittenSpan.ToArray(), await SentAsync(spliced));
    }

    [Fact]
    public async Task WriteNullableBytes_BelowThresholdOrNull_Copied()
    {
        using var writer = new KafkaWriter { SpliceFrom = 100 };
        writer.WriteNullableBytes(Bytes(99, seed: 4));
        writer.WriteNullableBytes(null);
        writer.WriteCompactNullableBytes(Bytes(3, seed: 5));

        Assert.Equal(writer.Length, writer.TotalLength);
        Assert.Equal(writer.WrittenSpan.ToArray(), await SentAsync(writer));
    }

    [Fact]
    public async Task WriteCompactNullableBytes_Large_SplicedAfterItsLength()
    {
        var bytes = Bytes(150, seed: 6);
        using var writer = new KafkaWriter { SpliceFrom = 100 };
        writer.WriteCompactNullableBytes(bytes);
        writer.WriteInt8(9);

        Assert.Equal([.. new byte[] { 0x97, 0x01 }, .. bytes.ToArray(), 9], await SentAsync(writer));
    }

    [Fact]
    public void WriteNullableBytes_InsideTaggedField_CopiedSoTheFieldCanMove()
    {
        using var writer = new KafkaWriter { SpliceFrom = 100 };
        writer.WriteTaggedFieldCount(1);
        var mark = writer.BeginTaggedField(0);
        writer.WriteNullableBytes(Bytes(150, seed: 7));
        writer.EndTaggedField(mark);

        Assert.Equal(writer.Length, writer.TotalLength);
        Assert.Equal(1 + 1 + 2 + 4 + 150, writer.WrittenSpan.Length);
    }

    [Fact]
    public void WrittenSpan_AfterSplice_Throws()
    {
        using var writer = new KafkaWriter { SpliceFrom = 100 };
        writer.WriteNullableBytes(Bytes(100, seed: 8));

        var error = Assert.Throws<InvalidOperationException>(() => writer.WrittenSpan.Length);

        Assert.Equal("This message has spliced byte fields: write it with WriteToAsync.", error.Message);
    }

    [Fact]
    public async Task Reset_AfterSplice_ForgetsSplicedFields()
    {
        using var writer = new KafkaWriter { SpliceFrom = 100 };
        writer.WriteNullableBytes(Bytes(100, seed: 9));
        writer.Reset();
        writer.WriteInt16(1);

        Assert.Equal(2, writer.TotalLength);
        Assert.Equal([0, 1], await SentAsync(writer));
    }

    private static FetchResponse.Partition Partition(int index, ReadOnlyMemory<byte> records) =>
        new() { PartitionIndex = index, HighWatermark = 10, LastStableOffset = 10, LogStartOffset = 0, Records = records };

    private static ReadOnlyMemory<byte> Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static async Task<byte[]> SentAsync(KafkaWriter writer)
    {
        using var stream = new MemoryStream();
        await writer.WriteToAsync(stream, CancellationToken.None);
        return stream.ToArray();
    }
}
