using System.Diagnostics;
using Confluent.Kafka;

namespace OrleansBroker.Bench;

/// <summary>
/// Confluent.Kafka (librdkafka) through the silo's Kafka listener, set up as a Kafka user tuning for throughput:
/// acks=all with idempotence, linger.ms=5, batch.size=1 MiB, no compression, delivery reports of status only and consume results without topic,
/// timestamp or headers (which the bench does not read), fetch.queue.backoff.ms=10. One
/// producer lives for the whole bench, as in an application (the warm-up run pays for its connection and producer
/// id); each run's consumer assigns partition 0 and commits nothing.
/// </summary>
internal sealed class ConfluentTarget : IBenchTarget
{
    private readonly string _bootstrap;
    private readonly IProducer<Null, byte[]> _producer;
    private readonly Action<DeliveryReport<Null, byte[]>> _delivered;
    private int _failures;

    public ConfluentTarget(string bootstrap)
    {
        _bootstrap = bootstrap;
        _producer = new ProducerBuilder<Null, byte[]>(new ProducerConfig
        {
            BootstrapServers = bootstrap,
            Acks = Acks.All,
            EnableIdempotence = true,
            LingerMs = 5,
            BatchSize = 1024 * 1024,
            CompressionType = CompressionType.None,
            DeliveryReportFields = "status",
        }).Build();
        _delivered = report =>
        {
            if (report.Error.IsError)
            {
                Interlocked.Increment(ref _failures);
            }
        };
    }

    public string Name => "Confluent.Kafka";

    public Task<double> ProduceAsync(string topic, int count) => Task.Run(() => Produce(topic, count));

    public Task<double> ConsumeAsync(string topic, int count) => Task.Run(() => Consume(topic, count));

    public ValueTask DisposeAsync()
    {
        _producer.Dispose();
        return ValueTask.CompletedTask;
    }

    private double Produce(string topic, int count)
    {
        _failures = 0;
        var partition = new TopicPartition(topic, 0);
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var message = new Message<Null, byte[]> { Value = BenchRecords.Value(i) };
            while (!TryProduce(partition, message))
            {
                _producer.Poll(TimeSpan.FromMilliseconds(1));
            }
        }

        var unsent = _producer.Flush(TimeSpan.FromMinutes(2));
        var seconds = stopwatch.Elapsed.TotalSeconds;
        return unsent == 0 && _failures == 0 ? seconds : throw new InvalidOperationException($"{_failures} records failed, {unsent} never acknowledged.");
    }

    /// <summary>Queues the record; false when librdkafka's queue is full, so the caller waits for acknowledgements and retries.</summary>
    private bool TryProduce(TopicPartition partition, Message<Null, byte[]> message)
    {
        try
        {
            _producer.Produce(partition, message, _delivered);
            return true;
        }
        catch (ProduceException<Null, byte[]> exception) when (exception.Error.Code == Confluent.Kafka.ErrorCode.Local_QueueFull)
        {
            return false;
        }
    }

    private double Consume(string topic, int count)
    {
        using var consumer = new ConsumerBuilder<Ignore, byte[]>(new ConsumerConfig
        {
            BootstrapServers = _bootstrap,
            GroupId = "bench",
            EnableAutoCommit = false,
            ConsumeResultFields = "none",
            // Once 100,000 records wait in its queue, librdkafka fetches again only after this pause (default 1 s).
            FetchQueueBackoffMs = 10,
        }).Build();
        var stopwatch = Stopwatch.StartNew();
        // Offset 0 is the new topic's start. Offset.Beginning would ask ListOffsets first, which librdkafka only retries
        // on a 500 ms timer when it does not know the partition's leader yet: time no broker can save.
        consumer.Assign(new TopicPartitionOffset(topic, 0, 0));
        for (var read = 0L; read < count; read++)
        {
            var result = consumer.Consume(TimeSpan.FromSeconds(30)) ?? throw new InvalidOperationException($"Consumer stalled after {read} records.");
            BenchRecords.Check(result.Message.Value, read);
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        consumer.Close();
        return seconds;
    }
}
