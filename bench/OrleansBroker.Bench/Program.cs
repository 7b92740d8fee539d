using System.Diagnostics;
using System.Globalization;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Bench;
using OrleansBroker.Client;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Client.Producing;

// Usage: dotnet run -c Release --project bench/OrleansBroker.Bench -- [records] [runs]
// Starts a silo process, then per run: one SDK producer sends `records` records of 100 bytes to a new
// one-partition topic (waiting for every acknowledgement), then one consumer reads them all back.
const int ValueBytes = 100;
var records = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

await using var silo = await SiloProcess.StartAsync(configuration);
await using var client = await BrokerClient.ConnectAsync($"127.0.0.1:{silo.GatewayPort}");
Console.WriteLine($"{records:N0} records x {ValueBytes} B, {runs} runs (+1 warm-up), silo in another process, {Environment.ProcessorCount} cores");
Console.WriteLine("run  produce rec/s  produce MB/s  consume rec/s  consume MB/s");
var produceRates = new List<double>();
var consumeRates = new List<double>();
for (var run = 0; run <= runs; run++)
{
    var topic = $"bench-{run}";
    await client.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = 1 });
    var count = run == 0 ? records / 10 : records;
    var produceSeconds = await ProduceAsync(client, topic, count);
    var consumeSeconds = await ConsumeAsync(client, topic, count);
    if (run == 0)
    {
        continue;
    }

    produceRates.Add(count / produceSeconds);
    consumeRates.Add(count / consumeSeconds);
    Console.WriteLine($"{run,3}  {count / produceSeconds,13:N0}  {count * ValueBytes / produceSeconds / 1e6,12:N1}  {count / consumeSeconds,13:N0}  {count * ValueBytes / consumeSeconds / 1e6,12:N1}");
}

Console.WriteLine($"median produce: {Median(produceRates):N0} records/s ({Median(produceRates) * ValueBytes / 1e6:N1} MB/s of values)");
Console.WriteLine($"median consume: {Median(consumeRates):N0} records/s ({Median(consumeRates) * ValueBytes / 1e6:N1} MB/s of values)");

static async Task<double> ProduceAsync(BrokerClient client, string topic, int count)
{
    await using var producer = new ProducerBuilder<byte[], byte[]>(client).Build();
    var value = new byte[ValueBytes];
    var failures = 0;
    var stopwatch = Stopwatch.StartNew();
    for (var i = 0; i < count; i++)
    {
        var queued = producer.ProduceAsync(topic, new Message<byte[], byte[]> { Value = value }, report => { if (report.Error is not null) { Interlocked.Increment(ref failures); } });
        if (!queued.IsCompleted)
        {
            await queued;
        }
    }

    await producer.FlushAsync();
    var seconds = stopwatch.Elapsed.TotalSeconds;
    return failures == 0 ? seconds : throw new InvalidOperationException($"{failures} records failed.");
}

static async Task<double> ConsumeAsync(BrokerClient client, string topic, int count)
{
    await using var consumer = new ConsumerBuilder<byte[], byte[]>(client).Build();
    var stopwatch = Stopwatch.StartNew();
    await consumer.AssignAsync([new TopicPartitionOffset(topic, 0, Offset.Beginning)]);
    for (var read = 0L; read < count;)
    {
        var result = await consumer.ConsumeAsync(TimeSpan.FromSeconds(30)) ?? throw new InvalidOperationException($"Consumer stalled after {read} records.");
        read += result.Message.Value!.Length == ValueBytes ? 1 : throw new InvalidOperationException("Wrong value.");
    }

    return stopwatch.Elapsed.TotalSeconds;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
