using System.Diagnostics;
using System.Globalization;
using Confluent.Kafka;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Kafka.Listener.Tests.Compatibility;
using OrleansBroker.Kafka.Listener.Tests.HostileInput;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.Fuzzing;

/// <summary>
/// Issue 7's fuzz test: 100,000 random and mutated frames (<see cref="FrameMutator"/>, seeded: set OBK_FUZZ_SEED to
/// replay a run) go to a live listener over several connections at once, in pipelined bursts. Meanwhile a Confluent.Kafka
/// producer keeps producing on a connection of its own and never fails; afterwards it still produces and a consumer
/// reads back exactly what it sent, the partitions the fuzzer produced to hold only valid batches, and the silo has
/// logged no error.
/// </summary>
[Collection(HostileInputCollection.Name)]
public sealed class ListenerFuzzTests(HostileInputFixture fixture)
{
    private const int DefaultSeed = 7_100_000;
    private const int Frames = 100_000;
    private const int Connections = 4;
    private const int MaxBurst = 32;
    private static readonly TimeSpan BurstDeadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ConsumeTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Listener_HundredThousandHostileFrames_KeepsServingAndStoresOnlyValidBatches()
    {
        var seed = int.Parse(Environment.GetEnvironmentVariable("OBK_FUZZ_SEED") ?? DefaultSeed.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"Fuzz seed {seed} (OBK_FUZZ_SEED={seed} replays it).");
        var fuzzed = await CreateTopicAsync("fuzzed", partitions: 3);
        var steady = await CreateTopicAsync("steady", partitions: 1);
        var templates = FuzzRequests.For(fuzzed, TestTopics.Unique("fuzz-scratch"));
        var clock = Stopwatch.StartNew();

        using var fuzzing = new CancellationTokenSource();
        using var producer = ConfluentClients.NewProducer(fixture.Broker.KafkaBootstrapServers);
        var steadyTraffic = ProduceUntilAsync(producer, steady, "during", fuzzing.Token);
        var responseBytes = await Task.WhenAll(Enumerable.Range(0, Connections).Select(worker => FuzzAsync(new Random(seed + worker), templates, Frames / Connections)));
        await fuzzing.CancelAsync();
        var during = await steadyTraffic;
        output?.WriteLine($"{Frames} frames on {Connections} connections in {clock.Elapsed.TotalSeconds:0.0} s, {responseBytes.Sum()} response bytes; {during.Count} records produced alongside.");

        var after = await ProduceUntilAsync(producer, steady, "after", new CancellationToken(canceled: true));
        using var consumer = ConfluentClients.NewConsumer(fixture.Broker.KafkaBootstrapServers);
        consumer.Assign(new TopicPartitionOffset(steady, 0, Offset.Beginning));
        var consumed = ConfluentClients.Consume(consumer, during.Count + after.Count, ConsumeTimeout);
        var stored = await Task.WhenAll(Enumerable.Range(0, 3).Select(partition => StoredBatches.AssertValidAsync(fixture.Broker.Partition(fuzzed, partition))));
        output?.WriteLine($"Partitions of the fuzzed topic hold {string.Join(", ", stored)} records, all in valid batches.");

        Assert.Equal([.. during, .. after], consumed.Select(result => result.Message.Value));
        var failures = fixture.Logs.Failures;
        Assert.True(failures.Count == 0, $"The silo logged {failures.Count} failures:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    /// <summary>Sends <paramref name="frames"/> frames mutated from <paramref name="templates"/> in bursts of up to <see cref="MaxBurst"/>, one connection each; returns the response bytes.</summary>
    private async Task<long> FuzzAsync(Random random, IReadOnlyList<byte[]> templates, int frames)
    {
        var mutator = new FrameMutator(random, templates, HostileInputFixture.RequestMaxBytes);
        long received = 0;
        for (var sent = 0; sent < frames;)
        {
            var burst = Enumerable.Range(0, Math.Min(frames - sent, 1 + random.Next(MaxBurst))).Select(_ => mutator.Next()).ToList();
            received += await FuzzBurst.SendAsync(fixture.Port, burst, BurstDeadline);
            sent += burst.Count;
        }

        return received;
    }

    /// <summary>Produces keyed records "<paramref name="label"/>-n" one at a time, at least one, until <paramref name="stop"/>; returns their values in order.</summary>
    private static async Task<List<string>> ProduceUntilAsync(IProducer<string?, string?> producer, string topic, string label, CancellationToken stop)
    {
        var values = new List<string>();
        do
        {
            var value = $"{label}-{values.Count}";
            var delivered = await producer.ProduceAsync(topic, new Message<string?, string?> { Key = value, Value = value }, TestContext.Current.CancellationToken);
            Assert.Equal(PersistenceStatus.Persisted, delivered.Status);
            values.Add(value);
        }
        while (!stop.IsCancellationRequested);
        return values;
    }

    private async Task<string> CreateTopicAsync(string prefix, int partitions)
    {
        var name = TestTopics.Unique(prefix);
        await fixture.Broker.Registry.CreateTopicAsync(new TopicSpecification { Name = name, NumPartitions = partitions });
        return name;
    }
}
