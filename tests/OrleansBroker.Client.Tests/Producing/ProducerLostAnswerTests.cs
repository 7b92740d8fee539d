using OrleansBroker.Client.Producing;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>
/// A produce whose batch is stored but whose answer is lost (a response timeout, or the silo failing between storing
/// and acknowledging): the idempotent producer (the default) sends the batch again and every record is delivered and
/// stored exactly once, in order, with later records following on. With enable.idempotence off the records fail
/// although they were stored, so an application that resends them stores them twice (as documented).
/// </summary>
[Collection(LostAnswersCollection.Name)]
public sealed class ProducerLostAnswerTests(LostAnswersFixture fixture) : SdkTestBase(fixture)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProduceAsync_AnswerLostAfterTheAppend_DeliveredAndStoredExactlyOnce(bool siloFailed)
    {
        var topic = await CreateTopicAsync("lost-answer");
        fixture.LostAnswers.Arm(Partition(topic, 0), LostAnswers.Fault(siloFailed));
        await using var producer = NewProducer(new ProducerConfig { LingerMs = 60_000 });

        var first = Enumerable.Range(0, 3).Select(i => producer.ProduceAsync(topic, Text($"r{i}"), Cancellation)).ToList();
        await producer.FlushAsync(Cancellation);
        var next = producer.ProduceAsync(topic, Text("r3"), Cancellation);
        await producer.FlushAsync(Cancellation);

        Assert.Equal([0L, 1, 2], (await Task.WhenAll(first)).Select(result => result.Offset));
        Assert.Equal(3, (await next).Offset);
        Assert.Equal([(0L, 3), (3L, 1)], (await StoredBatchesAsync(topic, 0)).Select(batch => (batch.BaseOffset, batch.RecordCount)));
        Assert.Equal(["r0", "r1", "r2", "r3"], await ReadValuesAsync(topic, 0, Offset.Beginning, 4));
    }

    [Fact]
    public async Task ProduceAsync_IdempotenceOffAndAnswerLost_FailsThoughStored_SoAResendStoresItTwice()
    {
        var topic = await CreateTopicAsync("lost-answer-plain");
        fixture.LostAnswers.Arm(Partition(topic, 0), LostAnswers.Fault(siloFailed: false));
        await using var producer = NewProducer(new ProducerConfig { EnableIdempotence = false });

        var error = await Assert.ThrowsAsync<BrokerException>(() => producer.ProduceAsync(topic, Text("x"), Cancellation));
        await producer.ProduceAsync(topic, Text("x"), Cancellation);

        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Equal(["x", "x"], await ReadValuesAsync(topic, 0, Offset.Beginning, 2));
    }
}
