using OrleansBroker.Cli.Tests.Infrastructure;

namespace OrleansBroker.Cli.Tests;

/// <summary>
/// The walkthrough's console sections against a real silo, with the commands as written there: 3 (a consumer
/// started first prints only what is produced after it, in order; --from-beginning prints everything), 4 (keys),
/// 5 (keyless records round-robin over partitions) and 7 (--partition with --offset or --from-beginning).
/// Consumers without a limit are stopped with Ctrl+C once they printed the last expected line.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleWalkthroughTests(SiloFixture silo)
{
    private const int MaxMarkers = 30;
    private static readonly string[] Greetings = ["Hello Kafka.", "Nice to meet you.", "See you again."];
    private static readonly TimeSpan MarkerWait = TimeSpan.FromMilliseconds(500);
    private readonly string _gw = silo.Gw;

    [Fact]
    public async Task Walkthrough3_ConsumerStartedFirst_PrintsOnlyLinesProducedAfterItStartedInOrder()
    {
        var topic = TopicName.New("test-topic");
        await Obk.CreateTopicAsync(_gw, topic);
        await Obk.ProduceAsync(_gw, topic, "old-1", "old-2");
        await using var consumer = Obk.Start($"console-consumer --bootstrap-server {_gw} --topic {topic}");

        // The consumer gives no sign of being ready, so produce markers until it prints one: from then on it sees everything.
        var markers = await ProduceMarkersUntilSeenAsync(consumer, topic);
        await Obk.ProduceAsync(_gw, topic, Greetings);
        var sawLast = await consumer.WaitForLineAsync(line => line == Greetings[^1], ObkProcess.DefaultTimeout);
        var result = await consumer.InterruptAsync();

        Assert.True(sawLast, result.ToString());
        var printedMarkers = result.Out.TakeWhile(line => line.StartsWith("marker-", StringComparison.Ordinal)).ToList();
        ObkAssert.Consumed(result, [.. markers[^printedMarkers.Count..], .. Greetings]);
        ObkAssert.Consumed(
            await Obk.ConsumeUntilAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --from-beginning", Greetings[^1]),
            ["old-1", "old-2", .. markers, .. Greetings]);
    }

    [Fact]
    public async Task Walkthrough4_KeysAndValues_PrintedWithTheConsumersSeparator()
    {
        var topic = TopicName.New("kv-topic");

        ObkAssert.Succeeded(await Obk.RunAsync(
            $"console-producer --bootstrap-server {_gw} --topic {topic} --property parse.key=true --property key.separator=:",
            Obk.Input("name:paul", "nation:korea", "address:seoul")));

        ObkAssert.Consumed(
            await Obk.ConsumeUntilAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --from-beginning --property print.key=true --property key.separator=-", "address-seoul"),
            "name-paul", "nation-korea", "address-seoul");
    }

    [Fact]
    public async Task Walkthrough4_SameKey_AlwaysLandsOnTheSamePartition()
    {
        var topic = TopicName.New("keyed");
        await Obk.CreateTopicAsync(_gw, topic, "--partitions 3");
        var keys = Enumerable.Range(0, 12).Select(i => $"key{i}").ToArray();
        foreach (var round in new[] { "first", "second" })
        {
            ObkAssert.Succeeded(await Obk.RunAsync(
                $"console-producer --bootstrap-server {_gw} --topic {topic} --property parse.key=true",
                Obk.Input(keys.Select(key => $"{key}\t{round}"))));
        }

        var result = await Obk.RunAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --from-beginning --max-messages 24 --property print.partition=true --property print.key=true");

        Assert.Equal(0, result.ExitCode);
        var placed = result.Out.Select(line => line.Split('\t')).ToList();
        Assert.Equal(24, placed.Count);
        Assert.All(placed.GroupBy(fields => fields[1]), sameKey => Assert.Single(sameKey.Select(fields => fields[0]).Distinct()));
        Assert.True(placed.Select(fields => fields[0]).Distinct().Count() > 1, "12 keys should not all hash to one of 3 partitions.");
    }

    [Fact]
    public async Task Walkthrough5_KeylessRecords_SpreadRoundRobinOverThreePartitions()
    {
        var topic = TopicName.New("your-topic");
        await Obk.CreateTopicAsync(_gw, topic, "--partitions 3");

        await Obk.ProduceAsync(_gw, topic, "a", "b", "c", "d", "e", "f", "g");

        ObkAssert.Consumed(await Obk.ConsumeUntilAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --partition 0 --from-beginning", "g"), "a", "d", "g");
        ObkAssert.Consumed(await Obk.ConsumeUntilAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --partition 1 --from-beginning", "e"), "b", "e");
        ObkAssert.Consumed(await Obk.ConsumeUntilAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --partition 2 --from-beginning", "f"), "c", "f");
    }

    [Fact]
    public async Task Walkthrough7_Offsets_LatestPrintsNothingOffsetFourPrintsEToJBeginningPrintsAll()
    {
        var topic = TopicName.New("his-topic");
        var letters = "abcdefghij".Select(letter => letter.ToString()).ToArray();
        await Obk.CreateTopicAsync(_gw, topic);
        await Obk.ProduceAsync(_gw, topic, letters);

        ObkAssert.Consumed(await Obk.RunAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --timeout-ms 1000"));
        ObkAssert.Consumed(await Obk.ConsumeUntilAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --partition 0 --offset 4", "j"), letters[4..]);
        ObkAssert.Consumed(await Obk.ConsumeUntilAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --partition 0 --from-beginning", "j"), letters);
    }

    private async Task<List<string>> ProduceMarkersUntilSeenAsync(ObkProcess consumer, string topic)
    {
        var markers = new List<string>();
        while (markers.Count < MaxMarkers)
        {
            markers.Add($"marker-{markers.Count + 1}");
            await Obk.ProduceAsync(_gw, topic, markers[^1]);
            if (await consumer.WaitForLineAsync(line => line.StartsWith("marker-", StringComparison.Ordinal), MarkerWait))
            {
                return markers;
            }
        }

        Assert.Fail($"The consumer printed none of {MaxMarkers} markers: {string.Join(" | ", consumer.Out)}");
        return markers;
    }
}
