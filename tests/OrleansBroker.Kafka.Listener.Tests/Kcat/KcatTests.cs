using System.Text.Json;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Records;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.Kcat;

/// <summary>
/// kcat, the librdkafka command line client, against the two-silo cluster: -L lists both brokers and the topic's
/// partitions, -P produces keyed lines from a file, -C consumes from the beginning, an offset or the end with -c and
/// -e, and -Q finds the offset for a timestamp; each output is checked exactly.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class KcatTests(KafkaFixture fixture)
{
    private const string Records = "k1:one\nk2:two\nk3:three\n";
    private const long FirstTimestamp = 1_700_000_000_000;

    private string Bootstrap => fixture.Broker.KafkaBootstrapServers;

    [Fact]
    public async Task Metadata_ListsBothBrokersAndTheTopic()
    {
        var topic = await CreateTopicAsync("kcat-metadata", partitions: 2);

        var json = JsonDocument.Parse(await Kcat.RunAsync(Bootstrap, ["-L", "-J", "-t", topic])).RootElement;

        var brokers = fixture.Broker.KafkaListeners.Select(listener => $"{listener.Broker.NodeId} {listener.Broker.Host}:{listener.Broker.Port}").Order();
        Assert.Equal(brokers, json.GetProperty("brokers").EnumerateArray().Select(broker => $"{broker.GetProperty("id").GetInt32()} {broker.GetProperty("name").GetString()}").Order());
        var listed = Assert.Single(json.GetProperty("topics").EnumerateArray());
        Assert.Equal(topic, listed.GetProperty("topic").GetString());
        Assert.Equal([0, 1], listed.GetProperty("partitions").EnumerateArray().Select(partition => partition.GetProperty("partition").GetInt32()));
    }

    [Fact]
    public async Task ProduceFromFileWithKeys_ThenConsumeFromBeginningOffsetAndEnd()
    {
        var topic = await CreateTopicAsync("kcat-records");
        var file = Path.Combine(fixture.Data.Path, $"{topic}.txt");
        await File.WriteAllTextAsync(file, Records, TestContext.Current.CancellationToken);

        await Kcat.RunAsync(Bootstrap, ["-P", "-t", topic, "-p", "0", "-K:", "-l", file]);
        var fromBeginning = await ConsumeAsync(topic, "beginning", 3);
        var fromOffset = await ConsumeAsync(topic, "1", 2);
        var fromEnd = await ConsumeAsync(topic, "end", 1);
        var lastOne = await ConsumeAsync(topic, "-1", 1);

        Assert.Equal("k1=one@0\nk2=two@1\nk3=three@2\n", fromBeginning);
        Assert.Equal("k2=two@1\nk3=three@2\n", fromOffset);
        Assert.Equal("", fromEnd);
        Assert.Equal("k3=three@2\n", lastOne);
    }

    [Fact]
    public async Task QueryOffsetsForTimestamp_GivesTheFirstRecordAtOrAfterIt()
    {
        var topic = await CreateTopicAsync("kcat-times");
        var batch = new RecordBatchBuilder();
        for (var i = 0; i < 3; i++)
        {
            batch.Add(FirstTimestamp + (10 * i), null, "x"u8.ToArray());
        }

        await fixture.Broker.Partition(topic, 0).AppendAsync(batch.Build());

        var output = await Kcat.RunAsync(Bootstrap, ["-Q", "-t", $"{topic}:0:{FirstTimestamp + 5}"]);

        Assert.Equal($"{topic} [0] offset 1\n", output);
    }

    private Task<string> ConsumeAsync(string topic, string offset, int count) =>
        Kcat.RunAsync(Bootstrap, ["-C", "-t", topic, "-p", "0", "-o", offset, "-c", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "-e", "-f", "%k=%s@%o\n"]);

    private async Task<string> CreateTopicAsync(string prefix, int partitions = 1)
    {
        var name = TestTopics.Unique(prefix);
        await fixture.Broker.Registry.CreateTopicAsync(new TopicSpecification { Name = name, NumPartitions = partitions });
        return name;
    }
}
