using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Records;
using OrleansBroker.Testing;

namespace OrleansBroker.Grains.Tests;

/// <summary>
/// The topic registry grain: a create it cannot honour (replication factor above the storage's one copy, no
/// partitions, bad configs) fails with the exact code and creates nothing; of concurrent creates of one name exactly
/// one wins; partitions can only be added, and added
/// ones take records; alter configs validates and applies to live partitions at once; delete removes a topic's data
/// and a topic created again under the name is empty, with a new topic id.
/// </summary>
[Collection(GrainsCollection.Name)]
public sealed class TopicRegistryGrainTests(GrainsFixture fixture) : GrainTestBase(fixture)
{
    public static TheoryData<short?, int?, string, string, ErrorCode> RefusedCreates { get; } = new()
    {
        { 2, null, "retention.ms", "1000", ErrorCode.InvalidReplicationFactor },
        { 0, null, "retention.ms", "1000", ErrorCode.InvalidReplicationFactor },
        { null, 0, "retention.ms", "1000", ErrorCode.InvalidPartitions },
        { null, null, "no.such.config", "1", ErrorCode.InvalidConfig },
        { null, null, "retention.ms", "soon", ErrorCode.InvalidConfig },
        { null, null, "message.timestamp.type", "WallClock", ErrorCode.InvalidConfig },
    };

    [Theory]
    [MemberData(nameof(RefusedCreates))]
    public async Task CreateTopicAsync_CannotBeHonoured_FailsWithTheExactCodeAndCreatesNothing(short? replicationFactor, int? partitions, string config, string value, ErrorCode code)
    {
        var name = TestTopics.Unique("refused");
        var specification = new TopicSpecification
        {
            Name = name,
            NumPartitions = partitions,
            ReplicationFactor = replicationFactor,
            Configs = new Dictionary<string, string> { [config] = value },
        };

        await BrokerAssert.FailsAsync(code, () => Registry.CreateTopicAsync(specification));

        Assert.Null(await Registry.GetTopicAsync(name));
        Assert.DoesNotContain(name, await Registry.ListTopicsAsync());
    }

    [Fact]
    public async Task ListTopicMetadataAsync_AfterCreates_GivesEachTopicsMetadataInNameOrder()
    {
        var second = await Registry.CreateTopicAsync(new TopicSpecification { Name = TestTopics.Unique("listed-b"), NumPartitions = 3 });
        var first = await Registry.CreateTopicAsync(new TopicSpecification { Name = TestTopics.Unique("listed-a"), NumPartitions = 2 });

        var listed = await Registry.ListTopicMetadataAsync();

        Assert.Equal(await Registry.ListTopicsAsync(), listed.Select(topic => topic.Name));
        Assert.Equal(
            [(first.Name, first.TopicId, 2), (second.Name, second.TopicId, 3)],
            listed.Where(topic => topic.Name == first.Name || topic.Name == second.Name).Select(topic => (topic.Name, topic.TopicId, topic.PartitionCount)));
    }

    [Fact]
    public async Task CreateTopicAsync_SameNameConcurrently_ExactlyOneSucceeds()
    {
        var name = TestTopics.Unique("contested");

        var attempts = Enumerable.Range(0, 5).Select(_ => Registry.CreateTopicAsync(new TopicSpecification { Name = name })).ToList();
        var outcomes = await Task.WhenAll(attempts.Select(async attempt =>
        {
            try
            {
                return (await attempt).TopicId.ToString();
            }
            catch (BrokerException e)
            {
                return e.Code.ToString();
            }
        }));

        var created = Assert.Single(outcomes, outcome => Guid.TryParse(outcome, out _));
        Assert.Equal(4, outcomes.Count(outcome => outcome == nameof(ErrorCode.TopicAlreadyExists)));
        Assert.Equal(created, (await Registry.GetTopicAsync(name))!.TopicId.ToString());
    }

    [Fact]
    public async Task CreatePartitionsAsync_Increase_AddedPartitionsTakeRecords()
    {
        var topic = await CreateTopicAsync("growing");
        await Partition(topic.Name).AppendAsync(Batches.Of("kept"));
        await BrokerAssert.FailsAsync(ErrorCode.UnknownTopicOrPartition, () => Partition(topic.Name, 2).GetStateAsync());

        var grown = await Registry.CreatePartitionsAsync(topic.Name, 3);

        Assert.Equal((3, topic.TopicId), (grown.PartitionCount, grown.TopicId));
        Assert.Equal(3, (await Registry.GetTopicAsync(topic.Name))!.PartitionCount);
        Assert.Equal(0, (await Partition(topic.Name, 2).AppendAsync(Batches.Of("new"))).BaseOffset);
        Assert.Equal(["kept"], await PartitionReader.ReadValuesAsync(Partition(topic.Name)));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(2)]
    [InlineData(0)]
    public async Task CreatePartitionsAsync_NotAnIncrease_FailsWithInvalidPartitions(int total)
    {
        var topic = await CreateTopicAsync("fixed", partitions: 3);

        var error = await BrokerAssert.FailsAsync(ErrorCode.InvalidPartitions, () => Registry.CreatePartitionsAsync(topic.Name, total));

        Assert.Contains(topic.Name, error.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await Registry.GetTopicAsync(topic.Name))!.PartitionCount);
    }

    [Fact]
    public async Task CreatePartitionsAsync_MissingTopic_FailsWithUnknownTopicOrPartition() =>
        await BrokerAssert.FailsAsync(ErrorCode.UnknownTopicOrPartition, () => Registry.CreatePartitionsAsync(TestTopics.Unique("missing"), 2));

    [Fact]
    public async Task AlterConfigsAsync_MaxMessageBytes_AppliesToTheLivePartitionAndDeleteRestoresTheDefault()
    {
        var topic = await CreateTopicAsync("altered");
        var partition = Partition(topic.Name);
        var batch = Batches.Of(new string('x', 300));
        await partition.AppendAsync(batch);

        var altered = await Registry.AlterConfigsAsync(topic.Name, new Dictionary<string, string> { [TopicConfigNames.MaxMessageBytes] = "200" }, []);
        var refused = await Assert.ThrowsAsync<InvalidRecordBatchException>(() => partition.AppendAsync(batch));
        var restored = await Registry.AlterConfigsAsync(topic.Name, new Dictionary<string, string>(), [TopicConfigNames.MaxMessageBytes]);

        Assert.Equal("200", altered.Configs[TopicConfigNames.MaxMessageBytes]);
        Assert.Equal(RecordBatchError.TooLarge, refused.Reason);
        Assert.False(restored.Configs.ContainsKey(TopicConfigNames.MaxMessageBytes));
        Assert.Equal(1, (await partition.AppendAsync(batch)).BaseOffset);
    }

    [Theory]
    [InlineData("no.such.config", "1")]
    [InlineData("segment.bytes", "10")]
    public async Task AlterConfigsAsync_BadConfig_FailsWithInvalidConfigAndChangesNothing(string name, string value)
    {
        var topic = await CreateTopicAsync("altered");

        await BrokerAssert.FailsAsync(ErrorCode.InvalidConfig, () => Registry.AlterConfigsAsync(topic.Name, new Dictionary<string, string> { [name] = value }, []));
        await BrokerAssert.FailsAsync(ErrorCode.InvalidConfig, () => Registry.AlterConfigsAsync(topic.Name, new Dictionary<string, string>(), [name + ".x"]));

        Assert.Equal(topic.Configs, (await Registry.GetTopicAsync(topic.Name))!.Configs);
    }

    [Fact]
    public async Task DeleteTopicAsync_ThenCreateAgain_GivesAnEmptyTopicWithANewId()
    {
        var topic = await CreateTopicAsync("reborn", partitions: 2);
        await Partition(topic.Name, 0).AppendAsync(Batches.Of("a", "b"));
        await Partition(topic.Name, 1).AppendAsync(Batches.Of("c"));
        var directories = Enumerable.Range(0, 2).Select(p => Path.Combine(Fixture.Data.Path, "logs", $"{topic.Name}-{p}")).ToList();
        Assert.All(directories, directory => Assert.True(Directory.Exists(directory), directory));

        await Registry.DeleteTopicAsync(topic.Name);

        Assert.Null(await Registry.GetTopicAsync(topic.Name));
        Assert.All(directories, directory => Assert.False(Directory.Exists(directory), directory));
        await BrokerAssert.FailsAsync(ErrorCode.UnknownTopicOrPartition, () => Partition(topic.Name).FetchAsync(0, 1024, TimeSpan.Zero));

        var again = await Registry.CreateTopicAsync(new TopicSpecification { Name = topic.Name, NumPartitions = 2 });

        Assert.NotEqual(topic.TopicId, again.TopicId);
        foreach (var partition in new[] { Partition(topic.Name, 0), Partition(topic.Name, 1) })
        {
            var state = await partition.GetStateAsync();
            Assert.Equal((0L, 0L, 0L), (state.LogStartOffset, state.HighWatermark, state.SizeInBytes));
            Assert.Equal(0, (await partition.AppendAsync(Batches.Of("fresh"))).BaseOffset);
        }
    }

    [Fact]
    public async Task DeleteTopicAsync_Missing_FailsWithUnknownTopicOrPartition() =>
        await BrokerAssert.FailsAsync(ErrorCode.UnknownTopicOrPartition, () => Registry.DeleteTopicAsync(TestTopics.Unique("missing")));
}
