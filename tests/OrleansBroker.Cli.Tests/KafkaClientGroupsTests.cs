using Confluent.Kafka;
using OrleansBroker.Cli.Tests.Infrastructure;

namespace OrleansBroker.Cli.Tests;

/// <summary>
/// <c>obk consumer-groups</c> over a group that a Kafka client (Confluent.Kafka, through the silo's Kafka listener)
/// joined and committed in: listed, and described with its member, client id, host, committed offsets and lag, as
/// for the SDK's own consumers.
/// </summary>
[Collection(GroupsCollection.Name)]
public sealed class KafkaClientGroupsTests(GroupSiloFixture silo)
{
    private static readonly TimeSpan ConsumeTimeout = TimeSpan.FromSeconds(30);
    private readonly string _gw = silo.Gw;

    [Fact]
    public async Task Describe_GroupOfAConfluentConsumer_ShowsItsMemberOffsetsAndLag()
    {
        var topic = TopicName.New("kafka-client-topic");
        var group = TopicName.New("kafka-client-group");
        await Obk.CreateTopicAsync(_gw, topic, "--partitions 2");
        await Obk.ProduceAsync(_gw, topic, "a", "b", "c", "d");
        using var consumer = new ConsumerBuilder<Ignore, string>(new ConsumerConfig
        {
            BootstrapServers = silo.KafkaBootstrap,
            GroupId = group,
            ClientId = "kafka-client",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
        }).Build();
        consumer.Subscribe(topic);
        var values = new List<string>();
        while (values.Count < 4)
        {
            var result = consumer.Consume(ConsumeTimeout);
            Assert.True(result is not null, $"Record {values.Count + 1} did not arrive within {ConsumeTimeout.TotalSeconds} s.");
            values.Add(result.Message.Value);
        }

        consumer.Commit();
        await Obk.ProduceAsync(_gw, topic, "e", "f");

        var listed = await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --list");
        var described = await Obk.RunAsync($"consumer-groups --bootstrap-server {_gw} --describe --group {group}");

        Assert.Contains(group, listed.Out);
        Assert.True(described.ExitCode == 0 && described.Error.Count == 0, described.ToString());
        var rows = ObkTable.Parse(described.Out).Rows;
        Assert.All(rows, row => Assert.Equal((group, topic, "kafka-client", "/127.0.0.1"), (row["GROUP"], row["TOPIC"], row["CLIENT-ID"], row["HOST"])));
        Assert.Single(rows.Select(row => row["CONSUMER-ID"]).Distinct());
        // a c in partition 0, b d in 1 were consumed and committed; e and f arrived after the commit, one in each.
        Assert.Equal(["a", "b", "c", "d"], values.Order(StringComparer.Ordinal));
        Assert.Equal(["0 2 3 1", "1 2 3 1"], rows.Select(row => $"{row["PARTITION"]} {row["CURRENT-OFFSET"]} {row["LOG-END-OFFSET"]} {row["LAG"]}"));
        consumer.Close();
    }
}
