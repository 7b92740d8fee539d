using OrleansBroker.Cli.Tests.Infrastructure;

namespace OrleansBroker.Cli.Tests;

/// <summary>
/// <c>obk console-consumer</c> beyond the walkthrough: the print.* properties, the timestamp type, and every error
/// (unknown topic or partition, an explicit offset out of range, and command-line mistakes) as one stderr line.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleConsumerTests(SiloFixture silo)
{
    private readonly string _gw = silo.Gw;

    [Fact]
    public async Task PrintProperties_AllOn_PrintTimestampPartitionOffsetKeyAndValue()
    {
        var topic = TopicName.New("printed");
        await Obk.ProduceAsync(_gw, topic, "keyless");
        await Obk.RunAsync($"console-producer --bootstrap-server {_gw} --topic {topic} --property parse.key=true", Obk.Input("k\tkeyed"));

        var result = await Obk.RunAsync(
            $"console-consumer --bootstrap-server {_gw} --topic {topic} --from-beginning --max-messages 2 --property print.timestamp=true --property print.partition=true --property print.offset=true --property print.key=true");

        Assert.Equal(["Processed a total of 2 messages"], result.Error);
        Assert.Collection(
            result.Out,
            line => Assert.Matches(@"^CreateTime:\d{13}\tPartition:0\tOffset:0\tnull\tkeyless$", line),
            line => Assert.Matches(@"^CreateTime:\d{13}\tPartition:0\tOffset:1\tk\tkeyed$", line));
    }

    [Fact]
    public async Task PrintTimestamp_LogAppendTimeTopic_PrintsLogAppendTime()
    {
        var topic = TopicName.New("appended");
        await Obk.CreateTopicAsync(_gw, topic, "--config message.timestamp.type=LogAppendTime");
        await Obk.ProduceAsync(_gw, topic, "stamped");

        var result = await Obk.RunAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --from-beginning --max-messages 1 --property print.timestamp=true");

        Assert.Matches(@"^LogAppendTime:\d{13}\tstamped$", Assert.Single(result.Out));
    }

    [Fact]
    public async Task Consume_UnknownTopic_Fails()
    {
        var topic = TopicName.New("absent");

        ObkAssert.Failed(await Obk.RunAsync($"console-consumer --bootstrap-server {_gw} --topic {topic}"), $"Topic '{topic}' does not exist.");
    }

    [Fact]
    public async Task Consume_PartitionBeyondTheTopic_Fails()
    {
        var topic = TopicName.New("narrow");
        await Obk.CreateTopicAsync(_gw, topic, "--partitions 2");

        ObkAssert.Failed(await Obk.RunAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --partition 2"), $"Topic '{topic}' has no partition 2 (it has 2).");
    }

    [Fact]
    public async Task Consume_OffsetPastTheLogEnd_FailsWithOffsetOutOfRange()
    {
        var topic = TopicName.New("short");
        await Obk.ProduceAsync(_gw, topic, "a", "b", "c");

        ObkAssert.Failed(
            await Obk.RunAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --partition 0 --offset 100"),
            $"Offset 100 is out of range for partition {topic}-0: readable offsets are 0 to 3 (log start offset 0, log end offset 3).");
    }

    [Theory]
    [InlineData("--topic t --offset 3", "The partition is required when offset is specified.")]
    [InlineData("--topic t --partition 0 --offset 3 --from-beginning", "Options from-beginning and offset cannot be specified together.")]
    [InlineData("--topic t --partition 0 --offset soon", "The offset must be a non-negative number, 'earliest' or 'latest' (got 'soon').")]
    [InlineData("--topic t --partition 0 --offset -5", "The offset must be a non-negative number, 'earliest' or 'latest' (got '-5').")]
    [InlineData("--topic t --partition -1", "The partition must be a non-negative number (got -1).")]
    [InlineData("--topic t --max-messages 0", "The maximum number of messages must be at least 1 (got 0).")]
    [InlineData("--topic t --property print.colour=true", "Unknown --property 'print.colour'. Known: print.timestamp, print.partition, print.offset, print.key, print.value, key.separator, line.separator, null.literal.")]
    [InlineData("--topic t --property print.key=maybe", "Invalid --property print.key=maybe: expected true or false.")]
    [InlineData("--from-beginning", "Option '--topic' is required.")]
    public async Task CommandLine_Invalid_FailsWithUsageError(string options, string message)
    {
        ObkAssert.UsageError(await Obk.RunAsync($"console-consumer --bootstrap-server {_gw} {options}"), message);
    }
}
