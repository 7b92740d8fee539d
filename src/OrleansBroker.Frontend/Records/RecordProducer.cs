using OrleansBroker.Abstractions;
using OrleansBroker.Client;
using OrleansBroker.Client.Producing;
using OrleansBroker.Records;

namespace OrleansBroker.Frontend.Records;

/// <summary>
/// The app's one producer, for records entered in the frontend: byte keys and values, sent at once (linger.ms 0)
/// since each is a single request somebody waits for. Produces only to topics that exist. Disposed with the app,
/// after sending what it still holds.
/// </summary>
public sealed class RecordProducer(BrokerClient client) : IAsyncDisposable
{
    private readonly IProducer<byte[], byte[]> _producer = new ProducerBuilder<byte[], byte[]>(client, new ProducerConfig { LingerMs = 0 }).Build();

    /// <summary>
    /// Produces <paramref name="message"/> to <paramref name="partition"/>, or where the partitioner puts it (by key,
    /// else round-robin) when null; completes once it is stored. Failures are <see cref="BrokerException"/>s:
    /// an unknown topic or partition, a record over the topic's max.message.bytes.
    /// </summary>
    public async Task<DeliveryResult<byte[], byte[]>> ProduceAsync(string topic, int? partition, Message<byte[], byte[]> message, CancellationToken cancellationToken)
    {
        await TopicLookup.RequireAsync(client, topic, cancellationToken);
        return partition is { } chosen
            ? await _producer.ProduceAsync(new TopicPartition(topic, chosen), message, cancellationToken)
            : await _producer.ProduceAsync(topic, message, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _producer.DisposeAsync();
}
