using System.Diagnostics;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Client.Admin;
using OrleansBroker.Client.Producing;
using OrleansBroker.Client.Reading;

namespace OrleansBroker.Bench.Workloads;

/// <summary>
/// Issue 9 workload (e): many partitions on one silo. Creates <paramref name="topics"/> topics of
/// <paramref name="partitionsPerTopic"/> partitions each (Kafka users tend to have many topics rather than one huge
/// one), one admin request after another as a provisioning script would; then makes every partition active as traffic
/// would, producing one numbered record to each and reading it back (exactly one record, the right one, at offset 0),
/// and measures the silo's resident memory at each step.
/// </summary>
internal sealed class ManyPartitionsWorkload(string siloDll, int topics, int partitionsPerTopic)
{
    /// <summary>
    /// Produce or read calls in flight: enough to keep the silo busy. All 10,000 first produces at once made
    /// deliveries time out after 120 s (each activation opens a log and fsyncs its partition.metadata on the thread pool).
    /// </summary>
    private const int CallsInFlight = 64;

    public int Partitions => topics * partitionsPerTopic;

    /// <summary>One run on a fresh silo process with an empty data directory.</summary>
    public async Task<ManyPartitionsRun> RunAsync()
    {
        await using var silo = new SiloProcess(siloDll, "--Logging:LogLevel:Default=Warning");
        await silo.StartAsync();
        var processId = silo.ProcessId!.Value;
        await using var client = await BrokerClient.ConnectAsync($"127.0.0.1:{silo.GatewayPort}");
        var started = await ManyPartitionsMemory.SettledResidentBytesAsync(processId);

        var clock = Stopwatch.StartNew();
        await CreateTopicsAsync(client.CreateAdminClient());
        var create = clock.Elapsed;
        var created = await ManyPartitionsMemory.SettledResidentBytesAsync(processId);

        clock.Restart();
        try
        {
            await ProduceOneEachAsync(client);
            await ReadOneEachAsync(client);
        }
        catch (Exception e)
        {
            // The cause of a stall is in the silo's log (e.g. too many open files), not in the client's timeout.
            throw new InvalidOperationException($"Activating the partitions failed: {e.Message}{Environment.NewLine}The silo's last lines:{Environment.NewLine}{silo.RecentOutput}", e);
        }

        var activate = clock.Elapsed;
        var active = await ManyPartitionsMemory.SettledResidentBytesAsync(processId);
        return new ManyPartitionsRun(create, activate, started, created, active);
    }

    private async Task CreateTopicsAsync(IAdminClient admin)
    {
        for (var topic = 0; topic < topics; topic++)
        {
            await admin.CreateTopicAsync(new TopicSpecification { Name = TopicName(topic), NumPartitions = partitionsPerTopic });
        }
    }

    /// <summary>Record i goes to the i-th partition (topics in order, partitions in order); each must land at offset 0.</summary>
    private async Task ProduceOneEachAsync(BrokerClient client)
    {
        await using var producer = new ProducerBuilder<byte[], byte[]>(client).Build();
        await ForEachPartitionAsync(async (partition, i, cancellationToken) =>
        {
            var delivery = await producer.ProduceAsync(partition, new Message<byte[], byte[]> { Value = BenchRecords.Value(i) }, cancellationToken);
            if (delivery.Offset != 0)
            {
                throw new InvalidOperationException($"The only record of {partition} got offset {delivery.Offset}, not 0: duplicated or another writer.");
            }
        });
    }

    private async Task ReadOneEachAsync(BrokerClient client)
    {
        var reader = new PartitionReader(client);
        await ForEachPartitionAsync(async (partition, i, cancellationToken) =>
        {
            var read = await reader.ReadAsync(partition, 0, maxRecords: 2, cancellationToken: cancellationToken);
            if (read.Records.Count != 1 || read.HighWatermark != 1 || read.Records[0].Offset != 0)
            {
                throw new InvalidOperationException($"{partition} holds {read.Records.Count} records up to high watermark {read.HighWatermark}; exactly one at offset 0 was produced.");
            }

            BenchRecords.Check(read.Records[0].Message.Value, i);
        });
    }

    /// <summary>Runs <paramref name="call"/> for the i-th partition, <see cref="CallsInFlight"/> at a time.</summary>
    private Task ForEachPartitionAsync(Func<TopicPartition, int, CancellationToken, Task> call) =>
        Parallel.ForEachAsync(
            AllPartitions().Select((partition, i) => (partition, i)),
            new ParallelOptions { MaxDegreeOfParallelism = CallsInFlight },
            async (item, cancellationToken) => await call(item.partition, item.i, cancellationToken));

    private IEnumerable<TopicPartition> AllPartitions() =>
        Enumerable.Range(0, topics).SelectMany(topic => Enumerable.Range(0, partitionsPerTopic).Select(partition => new TopicPartition(TopicName(topic), partition)));

    private static string TopicName(int topic) => $"many-{topic:D5}";
}
