using System.Buffers.Binary;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Records;
using OrleansBroker.Testing;

namespace OrleansBroker.Grains.Tests;

/// <summary>
/// A sealed segment damaged on disk while the broker was down, seen through <c>IPartitionGrain</c>: a fetch that
/// starts at the damaged batch gets KAFKA_STORAGE_ERROR naming the partition, segment file, byte and offset (never
/// the damaged bytes), a fetch before it gets the intact batch, the next segment stays readable and appends go on.
/// Runs its own cluster, stopped and started again on the same data directory.
/// </summary>
public sealed class PartitionGrainCorruptSegmentTests
{
    [Fact]
    public async Task FetchAsync_AtABatchDamagedInASealedSegment_FailsWithAStorageErrorNotBytes()
    {
        using var data = new TempDataDirectory();
        string topic;
        await using (var first = await BrokerTestCluster.StartAsync(data.Path))
        {
            // segment.bytes 200: two of these batches per segment, so offsets 0-3 are sealed in segment 0.
            topic = (await first.Registry.CreateTopicAsync(new TopicSpecification
            {
                Name = TestTopics.Unique("corrupt"),
                Configs = new Dictionary<string, string> { [TopicConfigNames.SegmentBytes] = "200" },
            })).Name;
            foreach (var values in new[] { new[] { "a", "b" }, ["c", "d"], ["e", "f"], ["g", "h"] })
            {
                await first.Partition(topic, 0).AppendAsync(Batches.Of(values));
            }
        }

        var segment = Path.Combine(Directory.GetDirectories(data.Path, $"{topic}-0", SearchOption.AllDirectories).Single(), "00000000000000000000.log");
        var bytes = await File.ReadAllBytesAsync(segment, TestContext.Current.CancellationToken);
        var secondBatch = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(RecordBatchLayout.BatchLength)) + RecordBatchLayout.LogOverhead;
        bytes[^1] ^= 0x01;
        await File.WriteAllBytesAsync(segment, bytes, TestContext.Current.CancellationToken);
        var stored = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(secondBatch + RecordBatchLayout.Crc));
        var computed = Crc32C.Compute(bytes.AsSpan(secondBatch + RecordBatchLayout.Attributes));

        await using var second = await BrokerTestCluster.StartAsync(data.Path);
        var partition = second.Partition(topic, 0);

        var error = await Assert.ThrowsAsync<BrokerException>(() => partition.FetchAsync(2, 1024 * 1024, TimeSpan.Zero));
        Assert.Equal(ErrorCode.KafkaStorageError, error.Code);
        Assert.Equal(
            $"Partition {topic}-0 cannot serve offset 2: segment {segment} is corrupt at byte {secondBatch}, where the batch of offset 2 should start (CRC mismatch: stored 0x{stored:X8}, computed 0x{computed:X8}).",
            error.Message);
        Assert.Equal(["a", "b"], PartitionReader.Decode((await partition.FetchAsync(0, 1024 * 1024, TimeSpan.Zero)).Records).Select(record => record.Value));
        Assert.Equal(["e", "f", "g", "h"], PartitionReader.Decode((await partition.FetchAsync(4, 1024 * 1024, TimeSpan.Zero)).Records).Select(record => record.Value));
        Assert.Equal(8, (await partition.AppendAsync(Batches.Of("i"))).BaseOffset);
    }
}
