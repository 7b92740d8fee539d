using OrleansBroker.Client.Consuming;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// auto.offset.reset when a consumer's position is below the log start because DeleteRecords moved it (a..j stored,
/// records before offset 5 deleted): earliest resumes at the new log start, latest skips to records produced later,
/// error makes Consume throw OffsetOutOfRange. A position past the log end is reset the same way. Assigning at the
/// beginning starts at the new log start.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ConsumerOffsetResetTests(BrokerFixture fixture) : SdkTestBase(fixture)
{
    private const int StaleOffset = 2;

    [Fact]
    public async Task ConsumeAsync_BelowLogStartWithEarliest_ResumesAtTheLogStart()
    {
        var topic = await TopicWithDeletedRecordsAsync();
        var consumed = await ReadAsync(topic, 0, StaleOffset, 5, new ConsumerConfig { AutoOffsetReset = AutoOffsetReset.Earliest });

        Assert.Equal([(5L, "f"), (6L, "g"), (7L, "h"), (8L, "i"), (9L, "j")], consumed.Select(r => (r.Offset, r.Message.Value!)));
    }

    [Fact]
    public async Task Position_BelowLogStartWithEarliest_ShowsTheResetBeforeAnyRecordIsConsumed()
    {
        var topic = await TopicWithDeletedRecordsAsync();
        await using var consumer = await AssignedConsumerAsync(topic, 0, StaleOffset, new ConsumerConfig { AutoOffsetReset = AutoOffsetReset.Earliest });

        var position = await Eventually.MatchesAsync(() => Task.FromResult(consumer.Position(Partition(topic, 0))), offset => offset != new Offset(StaleOffset), "the reset of the position");

        Assert.Equal(new Offset(5), position);
    }

    [Fact]
    public async Task ConsumeAsync_BelowLogStartWithLatest_SkipsToRecordsProducedLater()
    {
        var topic = await TopicWithDeletedRecordsAsync();
        await using var consumer = await AssignedConsumerAsync(topic, 0, StaleOffset, new ConsumerConfig { AutoOffsetReset = AutoOffsetReset.Latest });
        await using var producer = NewProducer();

        // Whenever the reset happens, the first record consumed must be one produced after it: keep producing until one arrives.
        var produced = 0;
        var first = await Eventually.MatchesAsync(
            async () =>
            {
                await producer.ProduceAsync(topic, Text($"late-{produced++}"), Cancellation);
                return await consumer.ConsumeAsync(QuietPeriod, Cancellation);
            },
            result => result is not null,
            "a record produced after the reset");

        Assert.True(first!.Offset >= 10, $"Consumed offset {first.Offset} ('{first.Message.Value}'), which was there before the reset.");
        Assert.Equal($"late-{first.Offset - 10}", first.Message.Value);
    }

    [Fact]
    public async Task ConsumeAsync_BelowLogStartWithError_ThrowsOffsetOutOfRange()
    {
        var topic = await TopicWithDeletedRecordsAsync();
        await using var consumer = await AssignedConsumerAsync(topic, 0, StaleOffset, new ConsumerConfig { AutoOffsetReset = AutoOffsetReset.Error });

        var error = await BrokerAssert.FailsAsync(ErrorCode.OffsetOutOfRange, async () => await consumer.ConsumeAsync(ArrivalTimeout, Cancellation));

        Assert.Contains($"Offset {StaleOffset}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignAsync_BeginningAfterDeleteRecords_StartsAtTheNewLogStart()
    {
        var topic = await TopicWithDeletedRecordsAsync();

        await using var consumer = await AssignedConsumerAsync(topic, 0, Offset.Beginning);

        Assert.Equal(new Offset(5), consumer.Position(Partition(topic, 0)));
        Assert.Equal([(5L, "f")], (await ConsumeAsync(consumer, 1)).Select(r => (r.Offset, r.Message.Value!)));
    }

    [Fact]
    public async Task ConsumeAsync_PastTheLogEndWithEarliest_RestartsAtTheLogStart()
    {
        var topic = await TopicWithDeletedRecordsAsync();
        var consumed = await ReadAsync(topic, 0, 50, 1, new ConsumerConfig { AutoOffsetReset = AutoOffsetReset.Earliest });

        Assert.Equal([(5L, "f")], consumed.Select(r => (r.Offset, r.Message.Value!)));
    }

    private async Task<string> TopicWithDeletedRecordsAsync()
    {
        var topic = await CreateTopicAsync("reset");
        await ProduceAsync(topic, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        Assert.Equal(5, await Admin.DeleteRecordsAsync(Partition(topic, 0), 5));
        return topic;
    }
}
