using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Kafka.Listener.Tests.Protocol;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;
using OrleansBroker.Records;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.BackPressure;

/// <summary>
/// queued.max.request.bytes: a client pipelining large produce requests to a partition slower than it stops being
/// read once the requests the listener holds reach the limit; it then holds the requests read (plus at most one socket
/// read, 64 KiB, of the next: never more than the limit plus one request), reads one more each time one is handled,
/// and answers every request in order.
/// </summary>
[Collection(BackPressureCollection.Name)]
public sealed class QueuedRequestBytesTests(BackPressureFixture fixture)
{
    private const int Requests = 10;
    private const int RecordsPerRequest = 30;

    // What the listener reads from a socket at a time: bytes of the next request it may hold beyond whole ones.
    private const int SocketRead = 64 * 1024;

    [Fact]
    public async Task PipelinedProduces_PartitionSlowerThanClient_ListenerStopsReadingAtTheLimitAndAnswersAllInOrder()
    {
        var topic = TestTopics.Unique("queued-bytes");
        await fixture.Broker.Registry.CreateTopicAsync(new TopicSpecification { Name = topic });
        var partition = new TopicPartition(topic, 0);
        fixture.Slowed.Hold(partition);
        var frames = Enumerable.Range(1, Requests).Select(correlationId => RawKafkaClient.Frame(Produce(topic), 8, correlationId)).ToList();
        var frameBytes = frames[0].Length - KafkaFrame.SizePrefixLength;
        await using var client = await RawKafkaClient.ConnectAsync(fixture.Listener.Broker.Port);

        // 3 requests of ~300 kB reach the 750 kB limit; the 4th waits in the socket.
        var sending = client.SendAsync([.. frames]);
        await QueuedAsync(3, frameBytes);
        var answers = new List<(int CorrelationId, ProduceResponse.Partition Partition)>();
        for (var handled = 1; handled <= Requests; handled++)
        {
            fixture.Slowed.Allow(partition, 1);
            var (correlationId, response) = await client.ReceiveAsync<ProduceResponse>(8);
            answers.Add((correlationId, Assert.Single(Assert.Single(response.Topics).Partitions)));
            await QueuedAsync(Math.Min(3, Requests - handled), frameBytes);
        }

        await sending;
        Assert.Equal(
            Enumerable.Range(0, Requests).Select(i => (i + 1, (short)0, (long)i * RecordsPerRequest)),
            answers.Select(answer => (answer.CorrelationId, answer.Partition.ErrorCode, answer.Partition.BaseOffset)));
    }

    private async Task QueuedAsync(int requests, int frameBytes)
    {
        var limit = BackPressureFixture.QueuedMaxRequestBytes + frameBytes;
        await Eventually.MatchesAsync(
            () =>
            {
                var queued = fixture.Listener.QueuedRequestBytes;
                Assert.True(queued <= limit, $"The listener holds {queued} bytes of requests, over {limit}.");
                return Task.FromResult(queued);
            },
            queued => queued >= requests * frameBytes && queued <= (requests * frameBytes) + SocketRead,
            $"the listener holding {requests} requests of {frameBytes} bytes (and at most {SocketRead} bytes of the next)");
    }

    private static ProduceRequest Produce(string topic)
    {
        var batch = new RecordBatchBuilder();
        for (var i = 0; i < RecordsPerRequest; i++)
        {
            batch.Add(1_700_000_000_000, null, new byte[10_000]);
        }

        return new ProduceRequest
        {
            Acks = -1,
            TimeoutMs = 30_000,
            Topics = [new ProduceRequest.Topic { Name = topic, Partitions = [new ProduceRequest.Partition { Index = 0, Records = batch.Build() }] }],
        };
    }
}
