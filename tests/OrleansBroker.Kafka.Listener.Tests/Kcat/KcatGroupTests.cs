using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Client.Admin;
using OrleansBroker.Client.Producing;
using OrleansBroker.Records;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.Kcat;

/// <summary>
/// Two <c>kcat -G</c> processes in one group balance a four-partition topic: once the group is stable with both, the
/// records produced to it are read exactly once between them, each process reading a non-empty share: exactly the
/// records of the partitions the group assigned it.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class KcatGroupTests(KafkaFixture fixture)
{
    private const int Partitions = 4;
    private const int PerPartition = 3;

    [Fact]
    public async Task TwoBalancedConsumers_ShareThePartitions_ReadingEveryRecordOnce()
    {
        var topic = TestTopics.Unique("kcat-group");
        var group = TestTopics.Unique("kcat-group");
        await fixture.Broker.Registry.CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = Partitions });
        await using var first = await KcatGroupConsumer.StartAsync(fixture.Broker.KafkaBootstrapServers, group, topic, "kcat-1");
        await using var second = await KcatGroupConsumer.StartAsync(fixture.Broker.KafkaBootstrapServers, group, topic, "kcat-2");
        var assignment = await BalancedAssignmentAsync(group, first, second);

        var produced = await ProduceToEachPartitionAsync(topic);
        await Eventually.MatchesAsync(
            () => Task.FromResult(first.Records.Count + second.Records.Count),
            read => read >= produced.Count,
            $"both kcat processes to read {produced.Count} records ({first}; {second})");

        Assert.Equal(produced.Order(), first.Records.Concat(second.Records).Order());
        foreach (var consumer in new[] { first, second })
        {
            Assert.NotEmpty(consumer.Records);
            Assert.Equal(
                produced.Where(record => assignment[consumer.ClientId].Contains(int.Parse(record[..record.IndexOf('@', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture))).Order(),
                consumer.Records.Order());
        }
    }

    /// <summary>Waits until the group is stable with both processes, each assigned some partitions; returns their partitions by client id.</summary>
    private async Task<Dictionary<string, int[]>> BalancedAssignmentAsync(string group, params KcatGroupConsumer[] consumers)
    {
        var admin = fixture.Sdk.CreateAdminClient();
        var described = await Eventually.MatchesAsync(
            async () => await DescribeAsync(admin, group),
            description => description is { State: GroupState.Stable, Members.Count: 2 } && description.Members.All(member => member.Assignment.Count > 0),
            $"group {group} to be stable with both kcat processes assigned partitions ({string.Join("; ", consumers.Select(consumer => consumer.ToString()))})");
        return described!.Members.ToDictionary(member => member.ClientId, member => member.Assignment.Select(partition => partition.Partition).ToArray());
    }

    /// <summary>The group's description; null until its first member has joined.</summary>
    private static async Task<ConsumerGroupDescription?> DescribeAsync(IAdminClient admin, string group)
    {
        try
        {
            return await admin.DescribeConsumerGroupAsync(group);
        }
        catch (BrokerException e) when (e.Code == ErrorCode.GroupIdNotFound)
        {
            return null;
        }
    }

    /// <summary>Produces <see cref="PerPartition"/> keyed records to each partition through the SDK; returns them as kcat prints them.</summary>
    private async Task<List<string>> ProduceToEachPartitionAsync(string topic)
    {
        await using var producer = new ProducerBuilder<string, string>(fixture.Sdk).Build();
        var produced = new List<string>();
        for (var partition = 0; partition < Partitions; partition++)
        {
            for (var i = 0; i < PerPartition; i++)
            {
                var message = new Message<string, string> { Key = $"k{partition}-{i}", Value = $"v{partition}-{i}" };
                var delivered = await producer.ProduceAsync(new TopicPartition(topic, partition), message, TestContext.Current.CancellationToken);
                produced.Add($"{delivered.Partition}@{delivered.Offset} {message.Key}={message.Value}");
            }
        }

        return produced;
    }
}
