using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrleansBroker.Kafka.Handlers;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Listener.Tests.Protocol;

/// <summary>
/// connections.max.idle.ms: a listener of its own (serving only ApiVersions, no cluster needed) closes a connection
/// that sent nothing for longer than its limit, after answering what it had asked.
/// </summary>
public sealed class IdleConnectionTests
{
    [Fact]
    public async Task Connection_IdlePastLimit_IsClosed()
    {
        var options = new KafkaListenerOptions { Host = "127.0.0.1", Port = 0, ConnectionsMaxIdleMs = 200 };
        await using var listener = new KafkaListener(Options.Create(options), new KafkaRequestDispatcher([new ApiVersionsHandler()]), NullLogger<KafkaListener>.Instance);
        var broker = listener.Start(nodeId: 1);
        await using var client = await RawKafkaClient.ConnectAsync(broker.Port);

        await client.SendAsync(new ApiVersionsRequest(), 3, correlationId: 1);
        var (correlationId, _) = await client.ReceiveAsync<ApiVersionsResponse>(3);

        Assert.Equal(1, correlationId);
        Assert.True(await client.IsClosedByBrokerAsync(TimeSpan.FromSeconds(10)), "The idle connection was not closed.");
    }
}
