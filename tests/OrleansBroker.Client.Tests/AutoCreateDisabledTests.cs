using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// auto.create.topics.enable off: producing to a missing topic fails with UnknownTopicOrPartition and creates
/// nothing, while a topic created explicitly takes records as usual.
/// </summary>
[Collection(NoAutoCreateCollection.Name)]
public sealed class AutoCreateDisabledTests(NoAutoCreateFixture fixture) : SdkTestBase(fixture)
{
    [Fact]
    public async Task ProduceAsync_MissingTopic_FailsWithUnknownTopicOrPartition()
    {
        var topic = TestTopics.Unique("not-created");

        var error = await BrokerAssert.FailsAsync(ErrorCode.UnknownTopicOrPartition, () => ProduceAsync(topic, "lost"));

        Assert.Contains(topic, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(topic, await Admin.ListTopicsAsync());
    }

    [Fact]
    public async Task ProduceAsync_CreatedTopic_StoresTheRecord()
    {
        var topic = await CreateTopicAsync("created");

        var result = await ProduceAsync(topic, "kept");

        Assert.Equal(0, result[0].Offset);
        Assert.Equal(["kept"], await ReadValuesAsync(topic, 0, Offset.Beginning, 1));
    }
}
