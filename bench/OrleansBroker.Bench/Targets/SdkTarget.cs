using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Client.Producing;

namespace OrleansBroker.Bench.Targets;

/// <summary>
/// The broker's own SDK through the silo's Orleans gateway, as an application uses it: producers and consumers share
/// the one client connection; producers use the sticky partitioner (whole batches per partition), consumers assign
/// their partitions from the beginning and commit nothing. Tuned for latency, producers do not linger (linger.ms=0).
/// </summary>
internal sealed class SdkTarget(BrokerClient client, ClientTuning tuning = ClientTuning.Throughput) : IBenchTarget
{
    public string Name => "SDK";

    public Task CreateTopicAsync(string topic, int partitions) =>
        client.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = partitions });

    public Task DeleteTopicAsync(string topic) => client.CreateAdminClient().DeleteTopicAsync(topic);

    public Task<IBenchProducer> OpenProducerAsync(string topic, int partitions)
    {
        var producer = new ProducerBuilder<byte[], byte[]>(client, new ProducerConfig { Partitioner = Partitioner.Murmur2Sticky, LingerMs = tuning == ClientTuning.Latency ? 0 : new ProducerConfig().LingerMs }).Build();
        return Task.FromResult<IBenchProducer>(new SdkProducer(producer, topic));
    }

    public async Task<IBenchConsumer> OpenConsumerAsync(string topic, IReadOnlyList<int> partitions)
    {
        var consumer = new ConsumerBuilder<byte[], byte[]>(client).Build();
        await consumer.AssignAsync(partitions.Select(partition => new TopicPartitionOffset(topic, partition, Offset.Beginning)));
        return new SdkConsumer(consumer);
    }

    /// <summary>Sends <paramref name="count"/> single-producer records (<see cref="BenchRecords.Value(long)"/>) to a one-partition topic.</summary>
    public async Task ProduceAsync(string topic, int count)
    {
        await using var producer = await OpenProducerAsync(topic, 1);
        await producer.ProduceAsync(count, BenchRecords.Value);
    }

    /// <summary>Reads back what <see cref="ProduceAsync(string, int)"/> sent, checking every record.</summary>
    public async Task ConsumeAsync(string topic, int count)
    {
        await using var consumer = await OpenConsumerAsync(topic, [0]);
        await consumer.ConsumeAsync(new Arrivals(new Workload("single", count, BenchRecords.ValueBytes, 1, 1, 1)));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
