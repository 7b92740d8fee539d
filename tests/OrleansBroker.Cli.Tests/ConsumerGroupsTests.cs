using OrleansBroker.Cli.Tests.Infrastructure;

namespace OrleansBroker.Cli.Tests;

/// <summary>
/// <c>obk consumer-groups</c> beyond the walkthrough: --reset-offsets (dry run and execute, each target, refused while
/// the group is active), --delete (refused while active, then gone), groups that do not exist, the consumer resuming
/// from committed offsets, and command-line mistakes as one stderr line.
/// </summary>
[Collection(GroupsCollection.Name)]
public sealed class ConsumerGroupsTests(GroupSiloFixture silo)
{
    private readonly string _gw = silo.Gw;

    [Fact]
    public async Task ResetOffsets_DryRunThenExecute_PrintsTheNewOffsetsAndOnlyExecuteCommitsThem()
    {
        var (topic, group) = await GroupWithOffsetsAsync();

        var dryRun = await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --reset-offsets --group {group} --topic {topic} --to-earliest --dry-run");

        AssertNewOffsets(dryRun, group, topic, 0, 0);
        Assert.Equal(["0 2 2 0", "1 2 2 0"], await OffsetsAsync(group));

        AssertNewOffsets(
            await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --reset-offsets --group {group} --topic {topic} --to-earliest --execute"),
            group, topic, 0, 0);
        Assert.Equal(["0 0 2 2", "1 0 2 2"], await OffsetsAsync(group));

        AssertNewOffsets(
            await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --reset-offsets --group {group} --all-topics --to-offset 1 --execute"),
            group, topic, 1, 1);
        Assert.Equal(["0 1 2 1", "1 1 2 1"], await OffsetsAsync(group));

        AssertNewOffsets(
            await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --reset-offsets --group {group} --topic {topic} --shift-by -1 --execute"),
            group, topic, 0, 0);
        Assert.Equal(["0 0 2 2", "1 0 2 2"], await OffsetsAsync(group));

        AssertNewOffsets(
            await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --reset-offsets --group {group} --topic {topic} --to-latest --execute"),
            group, topic, 2, 2);
        Assert.Equal(["0 2 2 0", "1 2 2 0"], await OffsetsAsync(group));
    }

    [Fact]
    public async Task ResetOffsets_OutOfRangeTargets_AreKeptWithinTheLog()
    {
        var (topic, group) = await GroupWithOffsetsAsync();

        AssertNewOffsets(await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --reset-offsets --group {group} --topic {topic} --to-offset 100"), group, topic, 2, 2);
        AssertNewOffsets(await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --reset-offsets --group {group} --topic {topic} --shift-by -5"), group, topic, 0, 0);
        AssertNewOffsets(
            await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --reset-offsets --group {group} --topic {topic} --to-datetime 2000-01-01T00:00:00.000Z"),
            group, topic, 0, 0);
        AssertNewOffsets(
            await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --reset-offsets --group {group} --topic {topic} --to-datetime 2999-01-01T00:00:00.000Z"),
            group, topic, 2, 2);
        Assert.Equal(["0 2 2 0", "1 2 2 0"], await OffsetsAsync(group));
    }

    [Fact]
    public async Task ResetOffsets_ToEarliest_TheGroupsNextConsumerReadsEverythingAgain()
    {
        var (topic, group) = await GroupWithOffsetsAsync();
        ObkAssert.Consumed(await Obk.RunAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --group {group} --from-beginning --timeout-ms 1500"));

        await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --reset-offsets --group {group} --topic {topic} --to-earliest --execute");
        var again = await Obk.RunAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --group {group} --max-messages 4 --timeout-ms 10000");

        Assert.Equal(["a", "b", "c", "d"], again.Out.Order(StringComparer.Ordinal));
        Assert.Equal(["0 2 2 0", "1 2 2 0"], await OffsetsAsync(group));
    }

    [Fact]
    public async Task ActiveGroup_ResetAndDeleteRefused_DeleteSucceedsOnceItStopped()
    {
        var (topic, group) = await GroupWithOffsetsAsync();
        await using (var consumer = Obk.Start($"console-consumer --bootstrap-server {_gw} --topic {topic} --group {group} --timeout-ms 60000"))
        {
            await Poll.UntilAsync(
                $"consumer-groups --bootstrap-server {_gw} --describe --group {group} --state",
                result => result.ExitCode == 0 && result.Out.Count == 2 && ObkTable.Parse(result.Out).Rows[0]["STATE"] == "Stable",
                "the consumer to join");

            ObkAssert.Failed(
                await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --reset-offsets --group {group} --topic {topic} --to-earliest --execute"),
                $"Assignments can only be reset if the group '{group}' is inactive, but the current state is Stable.");
            ObkAssert.Failed(
                await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --reset-offsets --group {group} --topic {topic} --to-earliest --dry-run"),
                $"Assignments can only be reset if the group '{group}' is inactive, but the current state is Stable.");
            ObkAssert.Failed(
                await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --delete --group {group}"),
                $"Deletion is only possible if the group '{group}' is inactive, but the current state is Stable.");
            Assert.Equal(["0 2 2 0", "1 2 2 0"], await OffsetsAsync(group, active: true));
            ObkAssert.Consumed(await consumer.InterruptAsync());
        }

        ObkAssert.Succeeded(
            await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --delete --group {group}"),
            $"Deletion of requested consumer groups ('{group}') was successful.");
        ObkAssert.Failed(await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --describe --group {group}"), $"Consumer group '{group}' does not exist.");
        Assert.DoesNotContain(group, (await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --list")).Out);
        ObkAssert.Failed(await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --delete --group {group}"), $"Consumer group '{group}' does not exist.");
    }

    [Fact]
    public async Task ResetOffsets_TopicThatDoesNotExist_FailsAndChangesNothing()
    {
        var (_, group) = await GroupWithOffsetsAsync();
        var missing = TopicName.New("no-such-topic");

        ObkAssert.Failed(
            await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --reset-offsets --group {group} --topic {missing} --to-earliest --execute"),
            $"Topic '{missing}' does not exist.");
        Assert.Equal(["0 2 2 0", "1 2 2 0"], await OffsetsAsync(group));
    }

    [Theory]
    [InlineData("--describe --group {0}")]
    [InlineData("--describe --group {0} --members")]
    [InlineData("--describe --group {0} --state")]
    [InlineData("--reset-offsets --group {0} --all-topics --to-earliest --execute")]
    [InlineData("--delete --group {0}")]
    public async Task UnknownGroup_Fails(string options)
    {
        var group = TopicName.New("no-such-group");

        ObkAssert.Failed(
            await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} {string.Format(options, group)}"),
            $"Consumer group '{group}' does not exist.");
    }

    [Theory]
    [InlineData("--group g", "Command must include exactly one action: --list, --describe, --delete or --reset-offsets.")]
    [InlineData("--describe", "Option --group is required with --describe.")]
    [InlineData("--list --group g", "Option --group is only valid with --describe or --reset-offsets or --delete.")]
    [InlineData("--describe --group g --members --state", "Options --members and --state cannot be used together.")]
    [InlineData("--delete --group g --members", "Option --members is only valid with --describe.")]
    [InlineData("--describe --group g --to-earliest", "Option --to-earliest is only valid with --reset-offsets.")]
    [InlineData("--reset-offsets --group g --to-earliest", "Option --reset-offsets needs exactly one scope: --topic or --all-topics.")]
    [InlineData("--reset-offsets --group g --topic t --all-topics --to-earliest", "Option --reset-offsets needs exactly one scope: --topic or --all-topics.")]
    [InlineData("--reset-offsets --group g --topic t", "Option --reset-offsets needs exactly one of --to-earliest, --to-latest, --to-offset, --shift-by or --to-datetime.")]
    [InlineData("--reset-offsets --group g --topic t --to-earliest --dry-run --execute", "Options --dry-run and --execute cannot be used together.")]
    [InlineData("--reset-offsets --group g --topic t --to-offset -1", "The offset must be a non-negative number (got -1).")]
    [InlineData("--reset-offsets --group g --topic t --to-datetime yesterday", "Invalid --to-datetime 'yesterday': expected an ISO-8601 time such as 2024-01-31T12:00:00.000Z.")]
    [InlineData("--reset-offsets --group g --topic t --shift-by x", "Invalid --shift-by 'x': expected a whole number from -9223372036854775808 to 9223372036854775807.")]
    public async Task CommandLine_Invalid_FailsWithUsageError(string options, string message)
    {
        ObkAssert.UsageError(await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} {options}"), message);
    }

    [Theory]
    [InlineData("--topic t --group g --partition 0")]
    [InlineData("--topic t --group g --partition 0 --offset 1")]
    public async Task ConsoleConsumer_GroupWithPartitionOrOffset_FailsWithUsageError(string options)
    {
        ObkAssert.UsageError(
            await Obk.RunAsync($"console-consumer --bootstrap-server {_gw} {options}"),
            "Options group and partition/offset cannot be specified together.");
    }

    /// <summary>A 2-partition topic with a b c d (a c in partition 0, b d in 1) that a group consumed and committed: 2 and 2.</summary>
    private async Task<(string Topic, string Group)> GroupWithOffsetsAsync()
    {
        var topic = TopicName.New("reset-topic");
        var group = TopicName.New("reset-group");
        await Obk.CreateTopicAsync(_gw, topic, "--partitions 2");
        await Obk.ProduceAsync(_gw, topic, "a", "b", "c", "d");
        var consumed = await Obk.RunAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --group {group} --from-beginning --max-messages 4 --timeout-ms 10000");
        Assert.Equal(["a", "b", "c", "d"], consumed.Out.Order(StringComparer.Ordinal));
        Assert.Equal(["0 2 2 0", "1 2 2 0"], await OffsetsAsync(group));
        return (topic, group);
    }

    /// <summary>
    /// Each partition's "PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG" from --describe of the group; an inactive group's
    /// partitions have no owner, an active one's single consumer owns every partition.
    /// </summary>
    private async Task<IReadOnlyList<string>> OffsetsAsync(string group, bool active = false)
    {
        var result = await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --describe --group {group}");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(active ? [] : [$"Consumer group '{group}' has no active members."], result.Error);
        var rows = ObkTable.Parse(result.Out).Rows;
        Assert.All(rows, row => Assert.Equal(active ? "console-consumer" : "-", row["CLIENT-ID"]));
        return [.. rows.Select(row => $"{row["PARTITION"]} {row["CURRENT-OFFSET"]} {row["LOG-END-OFFSET"]} {row["LAG"]}")];
    }

    private static void AssertNewOffsets(ObkResult result, string group, string topic, long partition0, long partition1)
    {
        Assert.True(result.ExitCode == 0 && result.Error.Count == 0, result.ToString());
        var table = ObkTable.Parse(result.Out);
        Assert.Equal(["GROUP", "TOPIC", "PARTITION", "NEW-OFFSET"], table.Headers);
        Assert.Equal(
            [$"{group} {topic} 0 {partition0}", $"{group} {topic} 1 {partition1}"],
            table.Rows.Select(row => $"{row["GROUP"]} {row["TOPIC"]} {row["PARTITION"]} {row["NEW-OFFSET"]}"));
    }
}
