using OrleansBroker.Abstractions;
using OrleansBroker.Client.Serialization;

namespace OrleansBroker.Client.Consuming;

/// <summary>Builds a consumer over a <see cref="BrokerClient"/> connection.</summary>
public sealed class ConsumerBuilder<TKey, TValue>(BrokerClient client, ConsumerConfig? config = null)
{
    private IDeserializer<TKey>? _keyDeserializer;
    private IDeserializer<TValue>? _valueDeserializer;
    private Action<IReadOnlyList<TopicPartition>>? _assigned;
    private Action<IReadOnlyList<TopicPartition>>? _revoked;

    /// <summary>Sets how key bytes become keys (default: UTF-8 for string, as-is for byte[]).</summary>
    public ConsumerBuilder<TKey, TValue> SetKeyDeserializer(IDeserializer<TKey> deserializer)
    {
        _keyDeserializer = deserializer;
        return this;
    }

    /// <summary>Sets how value bytes become values (default: UTF-8 for string, as-is for byte[]).</summary>
    public ConsumerBuilder<TKey, TValue> SetValueDeserializer(IDeserializer<TValue> deserializer)
    {
        _valueDeserializer = deserializer;
        return this;
    }

    /// <summary>Called (from the background) with the partitions the group assigns to this consumer.</summary>
    public ConsumerBuilder<TKey, TValue> SetPartitionsAssignedHandler(Action<IReadOnlyList<TopicPartition>> handler)
    {
        _assigned = handler;
        return this;
    }

    /// <summary>Called (from the background) with the partitions the group takes away, after their positions were committed (with auto-commit).</summary>
    public ConsumerBuilder<TKey, TValue> SetPartitionsRevokedHandler(Action<IReadOnlyList<TopicPartition>> handler)
    {
        _revoked = handler;
        return this;
    }

    /// <summary>Creates the consumer.</summary>
    public IConsumer<TKey, TValue> Build() => new Consumer<TKey, TValue>(
        client,
        config ?? new ConsumerConfig(),
        _keyDeserializer ?? Deserializers.Default<TKey>(),
        _valueDeserializer ?? Deserializers.Default<TValue>())
    {
        PartitionsAssigned = _assigned,
        PartitionsRevoked = _revoked,
    };
}
