using System.Collections.Concurrent;
using OrleansBroker.Abstractions;
using OrleansBroker.Client.Producing;
using OrleansBroker.Records;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>
/// A producer faster than its partition (whose appends the test lets through one by one): once buffer.memory is full
/// each produce waits, so records accepted but not delivered never exceed what the buffer holds, and all arrive in
/// order; a produce that cannot get room within max.block.ms fails and queues nothing; records that wait past
/// delivery.timeout.ms fail with REQUEST_TIMED_OUT, the one in flight saying it may still be stored, and the records
/// produced after them are stored in order, after it, with nothing duplicated.
/// </summary>
[Collection(BackPressureCollection.Name)]
public sealed class ProducerBackPressureTests(BackPressureFixture fixture) : SdkTestBase(fixture)
{
    // A keyless record of a 3-character value holds 3 + 24 bytes of the send buffer.
    private const int RecordSize = 27;
    private const int BufferedRecords = 5;

    [Fact]
    public async Task ProduceAsync_PartitionSlowerThanProducer_WaitsOnceTheBufferIsFullAndDeliversAllInOrder()
    {
        var topic = await CreateTopicAsync("slowed");
        var partition = Partition(topic, 0);
        fixture.Slowed.Hold(partition);
        await using var producer = NewProducer(new ProducerConfig { BufferMemory = BufferedRecords * RecordSize, BatchSize = 1, LingerMs = 0 });
        var delivered = new ConcurrentQueue<long>();
        var accepted = 0;

        var producing = Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                await producer.ProduceAsync(topic, Text($"r{i:00}"), report => delivered.Enqueue(report.Result!.Offset), Cancellation);
                Interlocked.Increment(ref accepted);
            }
        }, Cancellation);
        await AcceptedAndDeliveredAsync(BufferedRecords, 0);
        for (var step = 1; step <= 15; step++)
        {
            fixture.Slowed.Allow(partition, 1);
            await AcceptedAndDeliveredAsync(BufferedRecords + step, step);
        }

        fixture.Slowed.Allow(partition, BufferedRecords);
        await producing;
        await producer.FlushAsync(Cancellation);

        Assert.Equal(Enumerable.Range(0, 20).Select(offset => (long)offset), delivered);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"r{i:00}"), await ReadValuesAsync(topic, 0, Offset.Beginning, 20));

        // Read accepted before delivered: a record is accepted only after an earlier one was delivered and freed its room.
        Task AcceptedAndDeliveredAsync(int acceptedCount, int deliveredCount) => Eventually.MatchesAsync(
            () =>
            {
                var seen = (Accepted: Volatile.Read(ref accepted), Delivered: delivered.Count, Waiting: fixture.Slowed.Waiting(partition));
                Assert.True(seen.Accepted - seen.Delivered <= BufferedRecords, $"{seen.Accepted} records accepted but only {seen.Delivered} delivered.");
                return Task.FromResult(seen);
            },
            seen => seen == (acceptedCount, deliveredCount, 1),
            $"{acceptedCount} records accepted, {deliveredCount} delivered and the next append held");
    }

    [Fact]
    public async Task ProduceAsync_NoRoomWithinMaxBlock_FailsAndQueuesNothing()
    {
        var (topic, partition) = await HeldPartitionAsync("max-block");
        await using var producer = NewProducer(new ProducerConfig { BufferMemory = RecordSize, MaxBlockMs = 300, BatchSize = 1, LingerMs = 0 });
        await producer.ProduceAsync(new TopicPartition(topic, 1), Text("w"), Cancellation);

        var first = producer.ProduceAsync(partition, Text("r0"), Cancellation);
        var error = await BrokerAssert.FailsAsync(ErrorCode.RequestTimedOut, () => producer.ProduceAsync(partition, Text("r1"), Cancellation));
        fixture.Slowed.Allow(partition, 2);

        Assert.Equal(
            $"Producing to topic '{topic}' timed out after 300 ms (max.block.ms) waiting for room in the send buffer (buffer.memory = 27 bytes, all held by records not yet delivered); the record was not queued.",
            error.Message);
        Assert.Equal(0, (await first).Offset);
        Assert.Equal(1, (await producer.ProduceAsync(partition, Text("r2"), Cancellation)).Offset);
        Assert.Equal(["r0", "r2"], await ReadValuesAsync(topic, 0, Offset.Beginning, 2));
    }

    [Fact]
    public async Task ProduceAsync_PastDeliveryTimeout_FailsEachWaitingRecordAndLaterRecordsFollowInOrder()
    {
        var (topic, partition) = await HeldPartitionAsync("delivery-timeout");
        await using var producer = NewProducer(new ProducerConfig { DeliveryTimeoutMs = 1_000, BatchSize = 1, LingerMs = 0 });
        await producer.ProduceAsync(new TopicPartition(topic, 1), Text("w"), Cancellation);

        var waiting = Enumerable.Range(0, 4).Select(i => producer.ProduceAsync(partition, Text($"r{i}"), Cancellation)).ToList();
        var errors = new List<BrokerException>();
        foreach (var record in waiting)
        {
            errors.Add(await BrokerAssert.FailsAsync(ErrorCode.RequestTimedOut, () => record));
        }

        // The append in flight goes on: it is stored, and the records produced next follow it.
        fixture.Slowed.Allow(partition, 3);
        var later = await Task.WhenAll(producer.ProduceAsync(partition, Text("r4"), Cancellation), producer.ProduceAsync(partition, Text("r5"), Cancellation));

        var timedOut = $"Delivery to {topic}-0 timed out after 1000 ms (delivery.timeout.ms): 1 record(s) ";
        Assert.Equal(
            [
                timedOut + "sent without an answer yet; they may still be stored.",
                .. Enumerable.Repeat(timedOut + "not sent, as the partition was slower than the producer.", 3),
            ],
            errors.Select(error => error.Message));
        Assert.Equal([1L, 2], later.Select(result => result.Offset));
        Assert.Equal(["r0", "r4", "r5"], await ReadValuesAsync(topic, 0, Offset.Beginning, 3));
        Assert.Equal([(0L, 1), (1L, 1), (2L, 1)], (await StoredBatchesAsync(topic, 0)).Select(batch => (batch.BaseOffset, batch.RecordCount)));
    }

    /// <summary>A topic of two partitions whose partition 0 is held; partition 1 is for warming a producer up (metadata, producer id).</summary>
    private async Task<(string Topic, TopicPartition Held)> HeldPartitionAsync(string prefix)
    {
        var topic = await CreateTopicAsync(prefix, partitions: 2);
        fixture.Slowed.Hold(Partition(topic, 0));
        return (topic, Partition(topic, 0));
    }
}
