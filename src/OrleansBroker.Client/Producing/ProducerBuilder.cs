using OrleansBroker.Client.Serialization;

namespace OrleansBroker.Client.Producing;

/// <summary>Builds a producer over a <see cref="BrokerClient"/> connection.</summary>
public sealed class ProducerBuilder<TKey, TValue>(BrokerClient client, ProducerConfig? config = null)
{
    private ISerializer<TKey>? _keySerializer;
    private ISerializer<TValue>? _valueSerializer;

    /// <summary>Sets how keys become bytes (default: UTF-8 for string, as-is for byte[]).</summary>
    public ProducerBuilder<TKey, TValue> SetKeySerializer(ISerializer<TKey> serializer)
    {
        _keySerializer = serializer;
        return this;
    }

    /// <summary>Sets how values become bytes (default: UTF-8 for string, as-is for byte[]).</summary>
    public ProducerBuilder<TKey, TValue> SetValueSerializer(ISerializer<TValue> serializer)
    {
        _valueSerializer = serializer;
        return this;
    }

    /// <summary>Creates the producer; throws <see cref="ArgumentException"/> when the config contradicts itself.</summary>
    public IProducer<TKey, TValue> Build()
    {
        var settings = config ?? new ProducerConfig();
        settings.Validate();
        return new Producer<TKey, TValue>(client, settings, _keySerializer ?? Serializers.Default<TKey>(), _valueSerializer ?? Serializers.Default<TValue>());
    }
}
