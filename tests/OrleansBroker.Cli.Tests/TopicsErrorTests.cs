using OrleansBroker.Cli.Tests.Infrastructure;

namespace OrleansBroker.Cli.Tests;

/// <summary>
/// Every way <c>obk topics</c> can be refused: by the broker (exists, missing, bad name, bad partition count or
/// replication factor, unknown config), leaving nothing created, or by the command line itself. Each is exactly
/// one stderr line and a non-zero exit code.
/// </summary>
[Collection(TopicsCollection.Name)]
public sealed class TopicsErrorTests(SiloFixture silo)
{
    private readonly string _gw = silo.Gw;

    [Fact]
    public async Task Create_ExistingTopic_FailsWithAlreadyExists()
    {
        var topic = TopicName.New("test-topic");
        await Obk.CreateTopicAsync(_gw, topic);

        ObkAssert.Failed(await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --create"), $"Topic '{topic}' already exists.");
    }

    [Theory]
    [InlineData("--describe")]
    [InlineData("--delete")]
    [InlineData("--alter --partitions 2")]
    public async Task Action_MissingTopic_FailsWithDoesNotExist(string action)
    {
        var topic = TopicName.New("missing");

        ObkAssert.Failed(await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} {action}"), $"Topic '{topic}' does not exist.");
    }

    [Theory]
    [InlineData("bad/name", "Topic name \"bad/name\" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'.")]
    [InlineData(".", "Topic name \".\" is illegal, it can't be \".\" or \"..\".")]
    [InlineData("..", "Topic name \"..\" is illegal, it can't be \".\" or \"..\".")]
    [InlineData("ünïcode", "Topic name \"ünïcode\" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'.")]
    public async Task Create_InvalidName_FailsAndCreatesNothing(string topic, string message)
    {
        ObkAssert.Failed(await Obk.RunAsync(["topics", "--bootstrap-server", _gw, "--topic", topic, "--create"]), message);

        Assert.DoesNotContain(topic, (await Obk.RunAsync($"topics --bootstrap-server {_gw} --list")).Out);
    }

    [Fact]
    public async Task Create_NameLongerThan249_FailsWithTheLimit()
    {
        var topic = new string('x', 250);

        ObkAssert.Failed(await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --create"), "Topic name is illegal, it can't be longer than 249 characters (it has 250).");
    }

    [Theory]
    [InlineData("--partitions 0", "Number of partitions must be larger than 0 (got 0).")]
    [InlineData("--partitions -3", "Number of partitions must be larger than 0 (got -3).")]
    [InlineData("--partitions 100001", "Number of partitions must be at most 100000 (got 100001).")]
    [InlineData("--replication-factor 2", "Replication factor: 2 larger than this deployment can honour: 1 (its log storage keeps 1 copy of each partition).")]
    [InlineData("--replication-factor 0", "Replication factor must be larger than 0 (got 0).")]
    [InlineData("--config colour=blue", "Unknown topic config name: colour. Known names: retention.ms, retention.bytes, segment.bytes, segment.ms, max.message.bytes, message.timestamp.type, flush.messages, flush.ms.")]
    [InlineData("--config retention.ms=soon", "Invalid value soon for configuration retention.ms: must be a whole number in range.")]
    public async Task Create_RefusedByBroker_FailsAndCreatesNothing(string options, string message)
    {
        var topic = TopicName.New("refused");

        ObkAssert.Failed(await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --create {options}"), message);

        ObkAssert.Failed(await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --describe"), $"Topic '{topic}' does not exist.");
    }

    [Fact]
    public async Task Alter_FewerPartitions_FailsWithNotAnIncrease()
    {
        var topic = TopicName.New("shrink");
        await Obk.CreateTopicAsync(_gw, topic, "--partitions 3");

        ObkAssert.Failed(
            await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --alter --partitions 2"),
            $"Topic '{topic}' currently has 3 partitions, 2 would not be an increase.");
    }

    [Theory]
    [InlineData("--topic t", "Command must include exactly one action: --list, --describe, --create, --alter or --delete.")]
    [InlineData("--topic t --create --delete", "Command must include exactly one action: --list, --describe, --create, --alter or --delete.")]
    [InlineData("--create", "Option --topic is required with --create.")]
    [InlineData("--delete", "Option --topic is required with --delete.")]
    [InlineData("--list --partitions 3", "Option --partitions is only valid with --create or --alter.")]
    [InlineData("--topic t --alter --replication-factor 1", "Option --replication-factor is only valid with --create.")]
    [InlineData("--topic t --create --delete-config retention.ms", "Option --delete-config is only valid with --alter.")]
    [InlineData("--topic t --alter", "Option --alter needs --partitions, --config or --delete-config.")]
    [InlineData("--topic t --create --config retention.ms", "Invalid --config 'retention.ms': expected key=value.")]
    [InlineData("--topic t --create --partitions many", "Invalid --partitions 'many': expected a whole number from -2147483648 to 2147483647.")]
    [InlineData("--list --colour", "Unrecognized command or argument '--colour'.")]
    public async Task CommandLine_Invalid_FailsWithUsageError(string options, string message)
    {
        ObkAssert.UsageError(await Obk.RunAsync($"topics --bootstrap-server {_gw} {options}"), message);
    }
}
