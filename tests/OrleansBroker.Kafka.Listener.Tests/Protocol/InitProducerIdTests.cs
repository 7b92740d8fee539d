using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Listener.Tests.Protocol;

/// <summary>
/// InitProducerId at the byte level: every call gets a new producer id at epoch 0 (v0 and v1 alike); a transactional id
/// is refused with INVALID_REQUEST since transactions are not served.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class InitProducerIdTests(KafkaFixture fixture)
{
    private int Port => fixture.Broker.KafkaListeners[0].Broker.Port;

    [Fact]
    public async Task InitProducerId_TwoCalls_GetDistinctIdsAtEpochZero()
    {
        await using var client = await RawKafkaClient.ConnectAsync(Port);

        await client.SendAsync(new InitProducerIdRequest { TransactionTimeoutMs = 60_000 }, 0, correlationId: 1);
        var (_, first) = await client.ReceiveAsync<InitProducerIdResponse>(0);
        await client.SendAsync(new InitProducerIdRequest { TransactionTimeoutMs = 60_000 }, 1, correlationId: 2);
        var (_, second) = await client.ReceiveAsync<InitProducerIdResponse>(1);

        Assert.Equal((0, (short)0, 0, (short)0), (first.ErrorCode, first.ProducerEpoch, second.ErrorCode, second.ProducerEpoch));
        Assert.True(first.ProducerId >= 0, $"Producer id {first.ProducerId} is negative.");
        Assert.NotEqual(first.ProducerId, second.ProducerId);
    }

    [Fact]
    public async Task InitProducerId_TransactionalId_RefusedAsInvalidRequest()
    {
        await using var client = await RawKafkaClient.ConnectAsync(Port);

        await client.SendAsync(new InitProducerIdRequest { TransactionalId = "orders-tx", TransactionTimeoutMs = 60_000 }, 1, correlationId: 7);
        var (correlationId, response) = await client.ReceiveAsync<InitProducerIdResponse>(1);

        Assert.Equal((7, (short)ErrorCode.InvalidRequest, -1L), (correlationId, response.ErrorCode, response.ProducerId));
    }
}
