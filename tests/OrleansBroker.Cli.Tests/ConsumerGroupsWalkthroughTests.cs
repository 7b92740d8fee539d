using OrleansBroker.Cli.Tests.Infrastructure;

namespace OrleansBroker.Cli.Tests;

/// <summary>
/// Walkthrough section 6 against a real silo, with the commands as written there: three console consumers in one
/// group share a 3-partition topic (one partition each), <c>consumer-groups --describe</c> shows each partition's
/// committed offset, log end, lag and owner in Kafka's columns, and once the consumers stop the group is Empty with its
/// offsets kept. The consumers start --from-beginning so none can miss a record produced while it is being assigned
/// (the group has no committed offsets yet, so that is where they start), and --timeout-ms so they always end.
/// </summary>
[Collection(GroupsCollection.Name)]
public sealed class ConsumerGroupsWalkthroughTests(GroupSiloFixture silo)
{
    private static readonly string[] OffsetHeaders =
        ["GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "CONSUMER-ID", "HOST", "CLIENT-ID"];

    private readonly string _gw = silo.Gw;

    [Fact]
    public async Task Walkthrough6_ThreeConsumersInOneGroup_ShareThePartitionsAndCommitWhatTheyPrinted()
    {
        var topic = TopicName.New("test-topic");
        var group = TopicName.New("test-consumer-group");
        await Obk.CreateTopicAsync(_gw, topic, "--partitions 3");
        var consumers = Enumerable.Range(0, 3)
            .Select(_ => Obk.Start($"console-consumer --bootstrap-server {_gw} --topic {topic} --group {group} --from-beginning --timeout-ms 60000"))
            .ToList();
        try
        {
            var members = ObkTable.Parse((await Poll.UntilAsync(
                $"consumer-groups --bootstrap-server {_gw} --describe --group {group} --members",
                result => result.ExitCode == 0 && result.Out.Count == 4 && ObkTable.Parse(result.Out).Rows.All(row => row["#PARTITIONS"] == "1"),
                "three members with one partition each")).Out);
            Assert.Equal(["GROUP", "CONSUMER-ID", "HOST", "CLIENT-ID", "#PARTITIONS"], members.Headers);
            Assert.All(members.Rows, row => Assert.Equal(("console-consumer", group), (row["CLIENT-ID"], row["GROUP"])));
            Assert.All(members.Rows, row => Assert.StartsWith("console-consumer-", row["CONSUMER-ID"], StringComparison.Ordinal));

            await Obk.ProduceAsync(_gw, topic, "a", "b", "c", "d", "e", "f", "g");

            var lastLines = new[] { "g", "e", "f" };
            var printed = new List<string>();
            foreach (var consumer in consumers)
            {
                Assert.True(
                    await consumer.WaitForLineAsync(line => lastLines.Contains(line), ObkProcess.DefaultTimeout),
                    $"A consumer printed none of the last records: {string.Join(" ", consumer.Out)}");
            }

            var described = await Poll.UntilAsync(
                $"consumer-groups --bootstrap-server {_gw} --describe --group {group}",
                result => result.ExitCode == 0 && result.Out.Count == 4 && ObkTable.Parse(result.Out).Rows.All(row => row["LAG"] == "0"),
                "every partition committed up to its log end");
            var table = ObkTable.Parse(described.Out);
            Assert.Equal(string.Join("  ", OffsetHeaders), string.Join("  ", table.Headers));
            Assert.StartsWith("GROUP" + new string(' ', group.Length - "GROUP".Length + 2) + "TOPIC", described.Out[0], StringComparison.Ordinal);
            Assert.Empty(described.Error);
            Assert.Equal(
                [$"{topic} 0 3 3 0", $"{topic} 1 2 2 0", $"{topic} 2 2 2 0"],
                table.Rows.Select(row => $"{row["TOPIC"]} {row["PARTITION"]} {row["CURRENT-OFFSET"]} {row["LOG-END-OFFSET"]} {row["LAG"]}"));
            Assert.Equal(
                members.Rows.Select(row => row["CONSUMER-ID"]).Order(StringComparer.Ordinal),
                table.Rows.Select(row => row["CONSUMER-ID"]).Order(StringComparer.Ordinal));
            Assert.All(table.Rows, row => Assert.Equal(("console-consumer", group), (row["CLIENT-ID"], row["GROUP"])));

            var results = new List<ObkResult>();
            foreach (var consumer in consumers)
            {
                results.Add(await consumer.InterruptAsync());
            }

            Assert.Equal(
                ["a d g", "b e", "c f"],
                results.Select(result => string.Join(" ", result.Out)).Order(StringComparer.Ordinal));
            Assert.All(results, result => ObkAssert.Consumed(result, [.. result.Out]));
        }
        finally
        {
            foreach (var consumer in consumers)
            {
                await consumer.DisposeAsync();
            }
        }

        var afterStop = await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --describe --group {group}");
        Assert.Equal(0, afterStop.ExitCode);
        Assert.Equal([$"Consumer group '{group}' has no active members."], afterStop.Error);
        Assert.Equal(
            [$"{group} {topic} 0 3 3 0 - - -", $"{group} {topic} 1 2 2 0 - - -", $"{group} {topic} 2 2 2 0 - - -"],
            ObkTable.Parse(afterStop.Out).Rows.Select(row => string.Join(" ", OffsetHeaders.Select(header => row[header]))));

        var state = await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --describe --group {group} --state");
        Assert.Equal(0, state.ExitCode);
        var stateRow = Assert.Single(ObkTable.Parse(state.Out).Rows);
        Assert.Equal(["GROUP", "ASSIGNMENT-STRATEGY", "STATE", "#MEMBERS"], ObkTable.Parse(state.Out).Headers);
        Assert.Equal((group, "Empty", "0"), (stateRow["GROUP"], stateRow["STATE"], stateRow["#MEMBERS"]));

        var list = await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains(group, list.Out);
    }
}
