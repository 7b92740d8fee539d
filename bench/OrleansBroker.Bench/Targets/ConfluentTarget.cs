using Confluent.Kafka;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using TopicPartitionOffset = Confluent.Kafka.TopicPartitionOffset;

namespace OrleansBroker.Bench.Targets;

/// <summary>
/// Confluent.Kafka (librdkafka) through the silo's Kafka listener, set up as a Kafka user tuning for throughput:
/// acks=all with idempotence, linger.ms=5, batch.size=1 MiB, no compression, delivery reports of status only; consumers
/// assign their partitions at offset 0, commit nothing, read results without topic, timestamp or headers, and fetch
/// again after 10 ms (fetch.queue.backoff.ms) rather than librdkafka's default 1 s once 100,000 records are queued.
/// Tuned for latency: linger.ms=0 and TCP_NODELAY (socket.nagle.disable) on producer and consumer.
/// Topics are made with the SDK's admin client.
/// </summary>
internal sealed class ConfluentTarget(BrokerClient client, string bootstrap, ClientTuning tuning = ClientTuning.Throughput) : IBenchTarget
{
    public string Name => "Confluent.Kafka";

    public Task CreateTopicAsync(string topic, int partitions) =>
        client.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = partitions });

    public Task DeleteTopicAsync(string topic) => client.CreateAdminClient().DeleteTopicAsync(topic);

    public Task<IBenchProducer> OpenProducerAsync(string topic, int partitions)
    {
        var producer = new ProducerBuilder<Null, byte[]>(new ProducerConfig
        {
            BootstrapServers = bootstrap,
            Acks = Acks.All,
            EnableIdempotence = true,
            LingerMs = tuning == ClientTuning.Latency ? 0 : 5,
            SocketNagleDisable = tuning == ClientTuning.Latency,
            BatchSize = 1024 * 1024,
            CompressionType = CompressionType.None,
            DeliveryReportFields = "status",
        }).Build();
        return Task.FromResult<IBenchProducer>(new ConfluentProducer(producer, topic));
    }

    public Task<IBenchConsumer> OpenConsumerAsync(string topic, IReadOnlyList<int> partitions)
    {
        var consumer = new ConsumerBuilder<Ignore, byte[]>(new ConsumerConfig
        {
            BootstrapServers = bootstrap,
            GroupId = "bench",
            EnableAutoCommit = false,
            ConsumeResultFields = "none",
            FetchQueueBackoffMs = 10,
            SocketNagleDisable = tuning == ClientTuning.Latency,
        }).Build();
        // Offset 0 is a new topic's start. Offset.Beginning would ask ListOffsets first, which librdkafka only retries
        // on a 500 ms timer when it does not know the partition's leader yet: time no broker can save.
        consumer.Assign(partitions.Select(partition => new TopicPartitionOffset(topic, partition, 0)));
        return Task.FromResult<IBenchConsumer>(new ConfluentConsumer(consumer));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
