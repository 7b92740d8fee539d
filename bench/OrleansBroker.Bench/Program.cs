using System.Globalization;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Bench;
using OrleansBroker.Client;

// Usage: dotnet run -c Release --project bench/OrleansBroker.Bench -- [records] [runs]
// Starts a silo process, then per run and per client (the SDK through the Orleans gateway, Confluent.Kafka through
// the Kafka listener; interleaved, alternating which goes first): one producer sends `records` numbered records of
// 100 bytes to a new one-partition topic, waiting for every acknowledgement, then one consumer reads them all back
// from the start, checking each arrives exactly once and in order.
var records = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

await using var silo = await SiloProcess.StartAsync(configuration);
await using var client = await BrokerClient.ConnectAsync($"127.0.0.1:{silo.GatewayPort}");
await using var sdk = new SdkTarget(client);
await using var confluent = new ConfluentTarget($"127.0.0.1:{silo.KafkaPort}");
IBenchTarget[] targets = [sdk, confluent];
var produced = targets.ToDictionary(target => target, _ => new RateSummary());
var consumed = targets.ToDictionary(target => target, _ => new RateSummary());
Console.WriteLine($"{records:N0} records x {BenchRecords.ValueBytes} B, {runs} runs per client (+1 warm-up), silo in another process, {Environment.ProcessorCount} cores");
Console.WriteLine("run  client           produce rec/s  consume rec/s");
for (var run = 0; run <= runs; run++)
{
    foreach (var target in run % 2 == 0 ? targets : targets.Reverse())
    {
        var topic = $"bench-{run}-{target.Name}";
        await client.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = 1 });
        var count = run == 0 ? records / 10 : records;
        var produceRate = count / await target.ProduceAsync(topic, count);
        var consumeRate = count / await target.ConsumeAsync(topic, count);
        if (run > 0)
        {
            produced[target].Add(produceRate);
            consumed[target].Add(consumeRate);
            Console.WriteLine($"{run,3}  {target.Name,-15}  {produceRate,13:N0}  {consumeRate,13:N0}");
        }
    }
}

foreach (var target in targets)
{
    Console.WriteLine($"{target.Name,-15}  produce {produced[target]}; consume {consumed[target]}");
}

Console.WriteLine($"{confluent.Name}/{sdk.Name} (medians): produce {produced[confluent].Median / produced[sdk].Median:P0}, consume {consumed[confluent].Median / consumed[sdk].Median:P0}");
