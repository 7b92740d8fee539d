using System.Buffers.Binary;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Tests.HostileInput;

/// <summary>The rows that call the partition grain directly, as a trusted gateway caller could, past the SDK's checks.</summary>
public sealed partial class HostileSdkTests
{
    /// <summary>Appends a batch spoilt by <paramref name="spoil"/>; the grain must refuse it with <paramref name="code"/> and <paramref name="message"/>.</summary>
    private async Task RawAppendAsync(Func<byte[], byte[]> spoil, ErrorCode code, string message)
    {
        var topic = await CreateTopicAsync("raw");
        var builder = new RecordBatchBuilder();
        builder.Add(1_700_000_000_000, "key"u8.ToArray(), "value"u8.ToArray());

        await FailsWithAsync(code, message, () => Broker.Partition(topic, 0).AppendAsync(spoil(builder.Build())));

        await AssertHighWatermarksAsync(topic, 0);
    }

    private async Task RawAppendToMissingPartitionsAsync()
    {
        var topic = await CreateTopicAsync("raw", partitions: 2);
        var builder = new RecordBatchBuilder();
        builder.Add(1_700_000_000_000, null, "value"u8.ToArray());
        var batch = builder.Build();

        foreach (var partition in new[] { -1, 2 })
        {
            var grain = Client.Cluster.GetGrain<IPartitionGrain>(new TopicPartition(topic, partition).ToGrainKey());
            await FailsWithAsync(
                ErrorCode.UnknownTopicOrPartition, $"This server does not host this topic-partition: {topic}-{partition}.", () => grain.AppendAsync(batch));
        }

        await AssertHighWatermarksAsync(topic, 0, 0);
    }

    private static byte[] FlipLastByte(byte[] batch)
    {
        batch[^1] ^= 0x01;
        return batch;
    }

    private static byte[] AddToLength(byte[] batch, int delta)
    {
        BinaryPrimitives.WriteInt32BigEndian(batch.AsSpan(RecordBatchLayout.BatchLength), BinaryPrimitives.ReadInt32BigEndian(batch.AsSpan(RecordBatchLayout.BatchLength)) + delta);
        return batch;
    }
}
