using OrleansBroker.Kafka.Protocol;

namespace OrleansBroker.Kafka.Tests.Protocol.Messages;

/// <summary>One message type under test: how to build its sample at a version and how to read it back.</summary>
public interface IMessageCase
{
    /// <summary>The message type's name, e.g. "ProduceRequest".</summary>
    string Name { get; }

    /// <summary>The message's API.</summary>
    ApiKey ApiKey { get; }

    /// <summary>Whether the message is a request (else a response).</summary>
    bool IsRequest { get; }

    /// <summary>
    /// A sample with a non-default value in every field present in <paramref name="version"/> and defaults elsewhere;
    /// null sets every field the type has.
    /// </summary>
    IKafkaMessage Create(short? version);

    /// <summary>Reads a body that must be exactly one message.</summary>
    IKafkaMessage Read(ReadOnlyMemory<byte> body, short version);
}

/// <summary>The <see cref="IMessageCase"/> of <typeparamref name="T"/>.</summary>
public sealed class MessageCase<T>(Func<short?, T> create) : IMessageCase
    where T : IKafkaMessage<T>
{
    public string Name => typeof(T).Name;

    public ApiKey ApiKey => T.ApiKey;

    public bool IsRequest => typeof(T).IsAssignableTo(typeof(IKafkaRequest));

    public IKafkaMessage Create(short? version) => create(version);

    public IKafkaMessage Read(ReadOnlyMemory<byte> body, short version)
    {
        var reader = new KafkaReader(body);
        var message = T.Read(ref reader, version);
        reader.EnsureEnd(Name);
        return message;
    }
}
