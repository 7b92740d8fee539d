using OrleansBroker.Cli.Tests.Infrastructure;

namespace OrleansBroker.Cli.Tests;

/// <summary>
/// <c>obk console-producer</c> beyond the walkthrough: a record over max.message.bytes and a keyed line without a
/// separator fail with one stderr line and a non-zero exit (and store nothing wrong), Ctrl+C ends it cleanly,
/// enable.idempotence on or off stores each line once, and bad properties are usage errors.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleProducerTests(SiloFixture silo)
{
    private readonly string _gw = silo.Gw;

    [Fact]
    public async Task Produce_LineLargerThanMaxMessageBytes_FailsAndStoresNothing()
    {
        var topic = TopicName.New("small-records");
        await Obk.CreateTopicAsync(_gw, topic, "--config max.message.bytes=1000");

        var result = await Obk.RunAsync($"console-producer --bootstrap-server {_gw} --topic {topic}", Obk.Input(new string('x', 2000)));

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Matches(
            $@"^Error: Could not produce line 1 to topic '{topic}': Record batch of \d+ bytes exceeds the limit of 1000 bytes \(max\.message\.bytes\)\.$",
            Assert.Single(result.Error));
        await Obk.ProduceAsync(_gw, topic, "fits");
        ObkAssert.Consumed(
            await Obk.RunAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --from-beginning --max-messages 1 --property print.offset=true"),
            "Offset:0\tfits");
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public async Task Produce_EnableIdempotenceEitherWay_StoresEachLineOnce(string enabled)
    {
        var topic = TopicName.New("idempotence");
        await Obk.CreateTopicAsync(_gw, topic);

        ObkAssert.Succeeded(await Obk.RunAsync($"console-producer --bootstrap-server {_gw} --topic {topic} --producer-property enable.idempotence={enabled}", Obk.Input("a", "b")));

        ObkAssert.Consumed(await Obk.RunAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --from-beginning --max-messages 2"), "a", "b");
    }

    [Fact]
    public async Task Produce_KeyedLineWithoutSeparator_FailsNamingTheLineAfterSendingTheLinesBefore()
    {
        var topic = TopicName.New("keyed-lines");

        var result = await Obk.RunAsync(
            $"console-producer --bootstrap-server {_gw} --topic {topic} --property parse.key=true --property key.separator=:",
            Obk.Input("a:1", "no separator here", "c:3"));

        ObkAssert.Failed(result, "No key separator found on line number 2: 'no separator here'");
        ObkAssert.Consumed(
            await Obk.RunAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --from-beginning --max-messages 1 --property print.key=true --property key.separator=:"),
            "a:1");
        ObkAssert.Consumed(await Obk.RunAsync($"console-consumer --bootstrap-server {_gw} --topic {topic} --partition 0 --offset 1 --timeout-ms 500"));
    }

    [Fact]
    public async Task Produce_CtrlC_EndsCleanlyAfterSendingWhatWasRead()
    {
        var topic = TopicName.New("interrupted");
        await Obk.CreateTopicAsync(_gw, topic);
        await using var consumer = Obk.Start($"console-consumer --bootstrap-server {_gw} --topic {topic} --from-beginning");
        await using var producer = Obk.Start($"console-producer --bootstrap-server {_gw} --topic {topic} --producer-property linger.ms=0");

        await producer.WriteInputAsync("typed\n");
        Assert.True(await consumer.WaitForLineAsync(line => line == "typed", ObkProcess.DefaultTimeout), "The typed line never arrived.");

        ObkAssert.Succeeded(await producer.InterruptAsync());
        ObkAssert.Consumed(await consumer.InterruptAsync(), "typed");
    }

    [Theory]
    [InlineData("--property parse.keys=true", "Unknown --property 'parse.keys'. Known: parse.key, key.separator, ignore.error.")]
    [InlineData("--property parse.key=yes", "Invalid --property parse.key=yes: expected true or false.")]
    [InlineData("--property key.separator=", "Invalid --property key.separator: it must not be empty.")]
    [InlineData("--producer-property linger.ms=-1", "Invalid --producer-property linger.ms=-1: expected a whole number from 0 to 2147483647.")]
    [InlineData("--producer-property acks=all", "Unknown --producer-property 'acks'. Known: linger.ms, batch.size, buffer.memory, enable.idempotence.")]
    [InlineData("--producer-property enable.idempotence=1", "Invalid --producer-property enable.idempotence=1: expected true or false.")]
    public async Task CommandLine_Invalid_FailsWithUsageError(string options, string message)
    {
        ObkAssert.UsageError(await Obk.RunAsync($"console-producer --bootstrap-server {_gw} --topic t {options}"), message);
    }
}
