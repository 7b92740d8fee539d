using System.Text.RegularExpressions;
using OrleansBroker.Cli.Tests.Infrastructure;

namespace OrleansBroker.Cli.Tests;

/// <summary>
/// <c>obk topics</c> against a real silo: the walkthrough's sections 2 (create, list, delete) and 5 (partitions,
/// describe), describing every topic, and --alter of partitions and configs. Output is checked line for line.
/// </summary>
[Collection(TopicsCollection.Name)]
public sealed class TopicsTests(SiloFixture silo)
{
    private readonly string _gw = silo.Gw;

    [Fact]
    public async Task Walkthrough2_CreateListDelete_PrintsWhatTheWalkthroughShows()
    {
        var topic = TopicName.New("test-topic");
        var before = (await Obk.RunAsync($"topics --bootstrap-server {_gw} --list")).Out;

        ObkAssert.Succeeded(await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --create"), $"Created topic {topic}.");
        ObkAssert.Succeeded(await Obk.RunAsync($"topics --bootstrap-server {_gw} --list"), [.. before.Append(topic).Order(StringComparer.Ordinal)]);
        ObkAssert.Succeeded(await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --delete"));
        ObkAssert.Succeeded(await Obk.RunAsync($"topics --bootstrap-server {_gw} --list"), [.. before]);
    }

    [Fact]
    public async Task Walkthrough5_DescribeThreePartitions_PrintsTopicAndPartitionLines()
    {
        var topic = TopicName.New("your-topic");
        ObkAssert.Succeeded(await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --partitions 3 --create"), $"Created topic {topic}.");

        var described = await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --describe");

        var id = TopicIdOf(described, topic);
        ObkAssert.Succeeded(
            described,
            $"Topic: {topic}\tTopicId: {id}\tPartitionCount: 3\tReplicationFactor: 1\tConfigs: segment.bytes=1073741824",
            $"\tTopic: {topic}\tPartition: 0\tLeader: 1\tReplicas: 1\tIsr: 1",
            $"\tTopic: {topic}\tPartition: 1\tLeader: 1\tReplicas: 1\tIsr: 1",
            $"\tTopic: {topic}\tPartition: 2\tLeader: 1\tReplicas: 1\tIsr: 1");
    }

    [Fact]
    public async Task Walkthrough5_CreateWithoutOptions_HasTheBrokerDefaultOfOnePartition()
    {
        var topic = TopicName.New("default-topic");
        ObkAssert.Succeeded(await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --create"), $"Created topic {topic}.");

        var described = await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --describe");

        ObkAssert.Succeeded(
            described,
            $"Topic: {topic}\tTopicId: {TopicIdOf(described, topic)}\tPartitionCount: 1\tReplicationFactor: 1\tConfigs: segment.bytes=1073741824",
            $"\tTopic: {topic}\tPartition: 0\tLeader: 1\tReplicas: 1\tIsr: 1");
    }

    [Fact]
    public async Task Describe_WithoutTopic_DescribesEveryTopicInListOrder()
    {
        await Obk.CreateTopicAsync(_gw, TopicName.New("first"), "--partitions 2");
        await Obk.CreateTopicAsync(_gw, TopicName.New("second"));
        var topics = (await Obk.RunAsync($"topics --bootstrap-server {_gw} --list")).Out;

        var described = await Obk.RunAsync($"topics --bootstrap-server {_gw} --describe");

        Assert.Equal(0, described.ExitCode);
        Assert.Equal(topics, described.Out.Where(line => line.StartsWith("Topic: ", StringComparison.Ordinal)).Select(line => line.Split('\t')[0]["Topic: ".Length..]));
        Assert.All(described.Out.Where(line => line.StartsWith('\t')), line => Assert.Matches(@"^\tTopic: \S+\tPartition: \d+\tLeader: 1\tReplicas: 1\tIsr: 1$", line));
    }

    [Fact]
    public async Task Alter_Partitions_AddsPartitions()
    {
        var topic = TopicName.New("grow");
        await Obk.CreateTopicAsync(_gw, topic);

        ObkAssert.Succeeded(await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --alter --partitions 3"));

        var described = await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --describe");
        Assert.Contains("\tPartitionCount: 3\t", described.Out[0], StringComparison.Ordinal);
        Assert.Equal($"\tTopic: {topic}\tPartition: 2\tLeader: 1\tReplicas: 1\tIsr: 1", described.Out[^1]);
    }

    [Fact]
    public async Task Alter_Config_SetsAndDeletesConfigs()
    {
        var topic = TopicName.New("configured");
        await Obk.CreateTopicAsync(_gw, topic, "--config retention.ms=60000 --config flush.messages=10");

        ObkAssert.Succeeded(await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --alter --config max.message.bytes=5000 --delete-config retention.ms"));

        var described = await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --describe");
        Assert.EndsWith("\tConfigs: flush.messages=10,max.message.bytes=5000,segment.bytes=1073741824", described.Out[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_IfNotExistsOnExistingTopic_SucceedsQuietly()
    {
        var topic = TopicName.New("twice");
        await Obk.CreateTopicAsync(_gw, topic);

        ObkAssert.Succeeded(await Obk.RunAsync($"topics --bootstrap-server {_gw} --topic {topic} --create --if-not-exists"));
    }

    private static string TopicIdOf(ObkResult described, string topic)
    {
        Assert.True(described.Out.Count > 0, described.ToString());
        var match = Regex.Match(described.Out[0], $@"^Topic: {topic}\tTopicId: ([A-Za-z0-9_-]{{22}})\t");
        Assert.True(match.Success, described.ToString());
        return match.Groups[1].Value;
    }
}
